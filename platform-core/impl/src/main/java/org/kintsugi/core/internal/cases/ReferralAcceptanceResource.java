package org.kintsugi.core.internal.cases;


import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/referrals/{id}/accept}: the region's hub staff accept a referral, which opens its case.
 * A root resource of its own because JAX-RS would otherwise settle on {@code /referrals} and never look here.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("referrals/{id}/accept")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralAcceptanceResource implements ApiResource {
    private final CaseService cases;

    @Activate
    public ReferralAcceptanceResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @POST
    public Response accept(@PathParam("id") String referralId, @Context SecurityContext security) {
        CaseViews.Detail opened = cases.openFromReferral(Caller.of(security), referralId);
        return ApiPaths.created("cases/" + opened.id).entity(opened).build();
    }
}
