package org.kintsugi.conferencing.internal.rest;

import java.time.LocalDate;
import java.util.List;
import java.time.ZoneOffset;

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

import io.swagger.v3.oas.annotations.Operation;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.rest.ApiResource;
import org.kintsugi.conferencing.internal.Conferencing;
import org.kintsugi.conferencing.internal.meetings.AgreementDrafts;
import org.kintsugi.conferencing.internal.meetings.AttendeeApproval;
import org.kintsugi.conferencing.internal.meetings.AttendeeBrief;
import org.kintsugi.conferencing.internal.meetings.GateRefusal;
import org.kintsugi.conferencing.internal.meetings.MeetingChanges;
import org.kintsugi.conferencing.internal.meetings.MeetingLists;
import org.kintsugi.conferencing.internal.meetings.MeetingScheduling;
import org.kintsugi.conferencing.internal.meetings.MeetingView;
import org.kintsugi.conferencing.internal.meetings.Preparations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/modules/conferencing/meetings/{id}}: one meeting's way from planning to held. The
 * core's pipeline has authenticated the caller, checked the module is on for them and opened the audited
 * transaction; a meeting outside the caller's cases is 404, exactly like an unknown id.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + Conferencing.ID)
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource implements ApiResource {
    private final MeetingChanges changes;
    private final Preparations preparations;
    private final MeetingScheduling scheduling;
    private final AttendeeApproval approval;
    private final MeetingLists lists;
    private final AgreementDrafts drafts;

    @Activate
    public MeetingsResource(@Reference MeetingChanges changes, @Reference AttendeeApproval approval,
            @Reference MeetingLists lists, @Reference AgreementDrafts drafts,
            @Reference Preparations preparations, @Reference MeetingScheduling scheduling) {
        this.changes = changes;
        this.preparations = preparations;
        this.scheduling = scheduling;
        this.approval = approval;
        this.lists = lists;
        this.drafts = drafts;
    }

    @GET
    @Operation(summary = "Scheduled meetings from a day for some days (at most 31), soonest first, across the caller's "
            + "cases; facilitator=me: only their own (X-Total-Count: how many in all)")
    public Response scheduled(@QueryParam("from") String from, @QueryParam("days") @DefaultValue("14") int days,
            @QueryParam("facilitator") String facilitator, @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        ListParams.check(days, limit, offset);
        MeetingLists.Page page = lists.scheduled(caller, ListParams.day("from", from), days,
                ListParams.facilitator(caller, facilitator), offset, limit);
        return Response.ok(page.items).header("X-Total-Count", page.total).build();
    }

    @GET
    @Path("preparation-overdue")
    @Operation(summary = "Meetings being prepared where an attendee not yet ready has had no session for 14 days")
    public Response preparationOverdue(@QueryParam("facilitator") String facilitator,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("offset") @DefaultValue("0") int offset,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        ListParams.check(1, limit, offset);
        MeetingLists.Page page = lists.preparationOverdue(caller, LocalDate.now(ZoneOffset.UTC),
                ListParams.facilitator(caller, facilitator), offset, limit);
        return Response.ok(page.items).header("X-Total-Count", page.total).build();
    }

    @POST
    @Path("{id}/attendee-approval")
    @Operation(summary = "A case supervisor approves the attendees of a meeting under a survivor-only decision")
    public MeetingView approve(@PathParam("id") String id, @Context SecurityContext security) {
        return approval.approve(Caller.of(security), id);
    }

    @GET
    @Path("{id}")
    public MeetingView get(@PathParam("id") String id, @Context SecurityContext security) {
        return changes.view(Caller.of(security), id);
    }

    @POST
    @Path("{id}/preparation-sessions")
    @Operation(summary = "Record a preparation session with an attendee and their readiness after it")
    public MeetingView prepare(@PathParam("id") String id, MeetingRequests.Session body, @Context SecurityContext security) {
        return preparations.record(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/schedule")
    @Operation(summary = "Schedule it, at a venue booked for the time or remotely, if every attendee is ready and the gate allows it")
    public MeetingView schedule(@PathParam("id") String id, MeetingRequests.Schedule body, @Context SecurityContext security) {
        return scheduling.schedule(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/held")
    @Operation(summary = "Record it as held: who came and a sealed record, if the gate still allows it")
    public MeetingView held(@PathParam("id") String id, MeetingRequests.Held body, @Context SecurityContext security) {
        return scheduling.recordHeld(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/agreement-items")
    @Operation(summary = "Add an item to a held meeting's draft outcome agreement: who commits to what, by when")
    public MeetingView agreementItem(@PathParam("id") String id, MeetingRequests.AgreementItem body,
            @Context SecurityContext security) {
        return drafts.add(Caller.of(security), id, body);
    }

    @POST
    @Path("{id}/postpone")
    public MeetingView postpone(@PathParam("id") String id, @Context SecurityContext security) {
        return scheduling.postpone(Caller.of(security), id);
    }

    @POST
    @Path("{id}/cancel")
    public MeetingView cancel(@PathParam("id") String id, @Context SecurityContext security) {
        return scheduling.cancel(Caller.of(security), id);
    }

    @GET
    @Path("{id}/gate")
    @Operation(summary = "The contact gate's answer for this meeting's attendees now: every rule that stops it")
    public List<GateRefusal> gate(@PathParam("id") String id, @Context SecurityContext security) {
        return scheduling.gateFor(Caller.of(security), id);
    }

    @GET
    @Path("{id}/attendees/{participantId}/brief")
    @Operation(summary = "What this attendee may be told of the meeting: never the plan, nobody else's details")
    public AttendeeBrief brief(@PathParam("id") String id, @PathParam("participantId") String participantId,
            @Context SecurityContext security) {
        return changes.brief(Caller.of(security), id, participantId);
    }

    @POST
    @Path("{id}/attendees/{participantId}/told")
    @Operation(summary = "Record that an attendee was told their meeting was cancelled or postponed")
    public MeetingView told(@PathParam("id") String id, @PathParam("participantId") String participantId,
            @Context SecurityContext security) {
        return scheduling.told(Caller.of(security), id, participantId);
    }
}
