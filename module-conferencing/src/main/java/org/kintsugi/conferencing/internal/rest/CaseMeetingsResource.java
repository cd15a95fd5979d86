package org.kintsugi.conferencing.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.conferencing.internal.Conferencing;
import org.kintsugi.conferencing.internal.meetings.MeetingPlanning;
import org.kintsugi.conferencing.internal.meetings.MeetingView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/modules/conferencing/cases/{caseId}/meetings}: a case's meetings, and planning a new one. The
 * core's pipeline has authenticated the caller, checked the module is on for them and opened the audited
 * transaction; a meeting outside the caller's cases is 404, exactly like an unknown id.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + Conferencing.ID)
@Path("cases/{caseId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseMeetingsResource implements ApiResource {
    private final MeetingPlanning planning;

    @Activate
    public CaseMeetingsResource(@Reference MeetingPlanning planning) {
        this.planning = planning;
    }

    @GET
    @Operation(summary = "A case's conferences and family circles, soonest first")
    public List<MeetingView> forCase(@PathParam("caseId") String caseId, @Context SecurityContext security) {
        return planning.forCase(Caller.of(security), caseId);
    }

    @POST
    @Operation(summary = "Plan a conference or family circle: attendees, facilitators, ground rules, plan")
    public Response create(@PathParam("caseId") String caseId, MeetingRequests.NewMeeting body,
            @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(planning.create(Caller.of(security), caseId, body)).build();
    }
}
