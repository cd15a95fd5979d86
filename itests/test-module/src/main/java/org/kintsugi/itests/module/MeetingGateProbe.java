package org.kintsugi.itests.module;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.AttendeeApprovals;
import org.kintsugi.core.spi.cases.ContactGate;
import org.kintsugi.core.spi.cases.MeetingAttendance;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/modules/it-echo/meeting-gate}: asks the attendee-aware gate, and records a supervisor's
 * approval of a survivor-only meeting's attendees, as a meeting-based module would.
 */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + EchoService.ID)
@Path("meeting-gate")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingGateProbe implements ApiResource {
    private final ContactGate gate;
    private final AttendeeApprovals approvals;

    @Activate
    public MeetingGateProbe(@Reference ContactGate gate, @Reference AttendeeApprovals approvals) {
        this.gate = gate;
        this.approvals = approvals;
    }

    /** Every refusal as "rule" or "rule@participantId"; empty when the meeting may happen. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<String> check(Meeting body) {
        return gate.checkMeeting(new MeetingAttendance(body.caseId, body.meetingKey, new HashSet<>(body.attendees)))
                .refusals().stream().map(r -> r.rule() + r.participantId().map(p -> "@" + p).orElse(""))
                .collect(Collectors.toList());
    }

    @POST
    @Path("approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Set<String> approve(Meeting body, @Context SecurityContext security) {
        return approvals.approve(Caller.of(security), body.caseId, body.meetingKey,
                body.attendees == null ? null : new HashSet<>(body.attendees));
    }

    @GET
    @Path("approvals")
    public Map<String, Object> approved(@QueryParam("caseId") String caseId, @QueryParam("meetingKey") String key) {
        return Map.of("approved", approvals.approved(caseId, key));
    }

    public static final class Meeting {
        public String caseId;
        public String meetingKey;
        public List<String> attendees;
    }
}
