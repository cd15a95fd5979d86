package org.kintsugi.core.internal.assessment;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

/** {@code /api/cases/{id}/decisions}: the supervision decisions, newest first; only one is current. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource implements ApiResource {
    private final AssessmentReader reader;
    private final DecisionService decisions;

    @Activate
    public DecisionResource(@Reference AssessmentReader reader, @Reference DecisionService decisions) {
        this.reader = reader;
        this.decisions = decisions;
    }

    @GET
    public List<AssessmentViews.Decision> list(@PathParam("id") String caseId, @Context SecurityContext security) {
        return reader.decisions(Caller.of(security), caseId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<AssessmentViews.Decision> decide(@PathParam("id") String caseId, AssessmentRequests.Decision body,
            @Context SecurityContext security) {
        return decisions.decide(Caller.of(security), caseId, body);
    }
}
