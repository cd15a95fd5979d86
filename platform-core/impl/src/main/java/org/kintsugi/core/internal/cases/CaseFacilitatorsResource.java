package org.kintsugi.core.internal.cases;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
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

/** {@code /api/cases/{id}/facilitators}: allocate ({@code {"userId","chosenByPersonHarmed"}}) and remove. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases/{id}/facilitators")
@Produces(MediaType.APPLICATION_JSON)
public class CaseFacilitatorsResource implements ApiResource {
    private final Facilitators facilitators;

    @Activate
    public CaseFacilitatorsResource(@Reference Facilitators facilitators) {
        this.facilitators = facilitators;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail allocate(@PathParam("id") String caseId, Allocation body, @Context SecurityContext security) {
        if (body == null || body.userId == null) {
            throw ProblemException.invalid(FieldProblem.required("userId"));
        }
        return facilitators.allocate(Caller.of(security), caseId, body.userId, body.chosenByPersonHarmed);
    }

    @DELETE
    @Path("{participantId}")
    public CaseViews.Detail remove(@PathParam("id") String caseId, @PathParam("participantId") String participantId,
            @Context SecurityContext security) {
        return facilitators.remove(Caller.of(security), caseId, participantId);
    }

    /** The request body. */
    public static final class Allocation {
        public String userId;
        public boolean chosenByPersonHarmed;
    }
}
