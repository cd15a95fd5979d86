package org.kintsugi.core.internal.participants;

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
import org.kintsugi.core.internal.cases.CaseViews;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/cases/{id}/participants}: adding supporters and affected others, and each participant's
 * own view; {@code /api/cases/{id}/notes}: practitioners' notes, marked for whom they may be shown.
 * Rooted at {@code cases}, as a {@code cases/{id}} root would hide the case page from JAX-RS matching.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantsResource implements ApiResource {
    private final ParticipantService participants;
    private final ParticipantViews views;
    private final CaseNotes notes;

    @Activate
    public ParticipantsResource(@Reference ParticipantService participants, @Reference ParticipantViews views,
            @Reference CaseNotes notes) {
        this.participants = participants;
        this.views = views;
        this.notes = notes;
    }

    @POST
    @Path("{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseViews.Detail add(@PathParam("id") String caseId, ParticipantRequests.NewParticipant body,
            @Context SecurityContext security) {
        return participants.add(Caller.of(security), caseId, body);
    }

    /** What this participant may be shown; for the person responsible, never the person harmed's details. */
    @GET
    @Path("{id}/participants/{participantId}/view")
    public ParticipantViews.View view(@PathParam("id") String caseId, @PathParam("participantId") String participantId,
            @Context SecurityContext security) {
        return views.view(Caller.of(security), caseId, participantId);
    }

    @GET
    @Path("{id}/notes")
    public List<CaseNotes.NoteView> notes(@PathParam("id") String caseId, @Context SecurityContext security) {
        return notes.list(Caller.of(security), caseId);
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseNotes.NoteView write(@PathParam("id") String caseId, ParticipantRequests.NewNote body,
            @Context SecurityContext security) {
        return notes.write(Caller.of(security), caseId, body);
    }
}
