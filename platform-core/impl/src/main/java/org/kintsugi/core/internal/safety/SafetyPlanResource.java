package org.kintsugi.core.internal.safety;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/cases/{id}/safety-plan}: the current version, a new version, its sign-off. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases/{id}/safety-plan")
@Produces(MediaType.APPLICATION_JSON)
public class SafetyPlanResource implements ApiResource {
    private final SafetyPlans plans;

    @Activate
    public SafetyPlanResource(@Reference SafetyPlans plans) {
        this.plans = plans;
    }

    @GET
    public SafetyPlanView current(@PathParam("id") String caseId, @Context SecurityContext security) {
        return plans.current(Caller.of(security), caseId);
    }

    /** Writes a new version, whole; the one before stays in the history, and needs signing off again. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SafetyPlanView write(@PathParam("id") String caseId, SafetyPlanRequests.Plan body, @Context SecurityContext security) {
        return plans.write(Caller.of(security), caseId, body);
    }

    @POST
    @Path("sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    public SafetyPlanView signOff(@PathParam("id") String caseId, SafetyPlanRequests.SignOff body,
            @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.invalid(FieldProblem.required("version"));
        }
        return plans.signOff(Caller.of(security), caseId, body.version);
    }
}
