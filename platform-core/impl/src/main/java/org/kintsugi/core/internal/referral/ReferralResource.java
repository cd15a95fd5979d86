package org.kintsugi.core.internal.referral;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.core.internal.rest.ApiPaths;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/referrals}: intake from hubs and partners, and the referral inbox. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource implements ApiResource {
    private static final int MAX_PAGE = 200;

    private final ReferralIntake intake;
    private final ReferralInbox inbox;
    private final ReferralDecisions decisions;

    @Activate
    public ReferralResource(@Reference ReferralIntake intake, @Reference ReferralInbox inbox,
            @Reference ReferralDecisions decisions) {
        this.intake = intake;
        this.inbox = inbox;
        this.decisions = decisions;
    }

    @POST
    public Response refer(ReferralRequests.NewReferral body, @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("body"));
        }
        ReferralViews.Summary created = intake.create(Caller.of(security), body);
        return ApiPaths.created("referrals/" + created.id).entity(created).build();
    }

    /** Newest first; {@code limit} up to 200. Summaries only: no party details in lists. */
    @GET
    public List<ReferralViews.Summary> inbox(@QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset, @Context SecurityContext security) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.invalid(FieldProblem.between("limit", 1, MAX_PAGE));
        }
        if (offset < 0) {
            throw ProblemException.invalid(FieldProblem.notNegative("offset"));
        }
        return inbox.list(Caller.of(security), limit, offset);
    }

    @POST
    @Path("{id}/decline")
    public ReferralViews.Summary decline(@PathParam("id") String id, Decision body, @Context SecurityContext security) {
        return decisions.decline(Caller.of(security), id, body == null ? null : body.reason);
    }

    /** The body of a decision. */
    public static final class Decision {
        public String reason;
    }

    @GET
    @Path("{id}")
    public ReferralViews.Summary get(@PathParam("id") String id, @Context SecurityContext security) {
        return inbox.get(Caller.of(security), id);
    }
}
