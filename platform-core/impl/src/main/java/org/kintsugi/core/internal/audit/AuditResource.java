package org.kintsugi.core.internal.audit;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/audit/verify}: national administrators check the chain end to end. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource implements ApiResource {
    private final AuditVerifier verifier;

    @Activate
    public AuditResource(@Reference AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("verify")
    public AuditVerification verify(@Context SecurityContext security) {
        if (!Caller.of(security).hasRole(Role.NATIONAL_ADMIN)) {
            throw ProblemException.forbidden("Only a national administrator can verify the audit trail.");
        }
        return verifier.verify();
    }
}
