package org.kintsugi.core.internal.assessment;

import java.util.List;

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

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/cases/{id}/assessments}: one assessment per participant, rated factor by factor. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource implements ApiResource {
    private final AssessmentReader reader;
    private final AssessmentService assessments;
    private final RiskInformationService risks;

    @Activate
    public AssessmentResource(@Reference AssessmentReader reader, @Reference AssessmentService assessments,
            @Reference RiskInformationService risks) {
        this.reader = reader;
        this.assessments = assessments;
        this.risks = risks;
    }

    @GET
    public List<AssessmentViews.Assessment> list(@PathParam("id") String caseId, @Context SecurityContext security) {
        return reader.assessments(Caller.of(security), caseId);
    }

    /** Rates the named factors, each with notes; the others keep their rating. */
    @PUT
    @Path("{participantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentViews.Assessment rate(@PathParam("id") String caseId, @PathParam("participantId") String participantId,
            AssessmentRequests.Factors body, @Context SecurityContext security) {
        return assessments.rate(Caller.of(security), caseId, participantId, body);
    }

    @POST
    @Path("{participantId}/complete")
    public AssessmentViews.Assessment complete(@PathParam("id") String caseId,
            @PathParam("participantId") String participantId, @Context SecurityContext security) {
        return assessments.complete(Caller.of(security), caseId, participantId);
    }

    @POST
    @Path("{participantId}/sign-off")
    public AssessmentViews.Assessment signOff(@PathParam("id") String caseId,
            @PathParam("participantId") String participantId, @Context SecurityContext security) {
        return assessments.signOff(Caller.of(security), caseId, participantId);
    }

    /** New risk information: kept, and it re-opens a completed or signed-off assessment. */
    @POST
    @Path("{participantId}/risk-information")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentViews.Assessment risk(@PathParam("id") String caseId, @PathParam("participantId") String participantId,
            AssessmentRequests.Risk body, @Context SecurityContext security) {
        return risks.record(Caller.of(security), caseId, participantId, body);
    }
}
