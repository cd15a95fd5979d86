package org.kintsugi.conferencing.internal.meetings;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.store.Attendee;
import org.kintsugi.conferencing.internal.store.Meeting;

/**
 * What one attendee may be told of their meeting, built from an allow-list: when and where, the ground rules
 * they agreed, and the others by role only. Never the seating and arrival plan (it holds everyone's times and
 * routes), nor anyone's name or details: their own arrival comes from their part of the case's safety plan.
 */
public final class AttendeeBrief {
    public final String meetingId;
    public final Meeting.Kind kind;
    public final MeetingState state;
    public final ParticipantRole you;
    public final Attendee.Readiness yourReadiness;
    public final Instant start;
    public final Instant end;
    public final boolean remote;
    public final String venueName;
    public final String groundRules;
    /** Whether the person harmed speaks first: the role, never who. */
    public final boolean personHarmedSpeaksFirst;
    public final List<ParticipantRole> others;

    AttendeeBrief(Meeting m, Attendee you, List<Attendee> all, String venueName, String groundRules) {
        this.meetingId = m.getId();
        this.kind = m.getKind();
        this.state = m.getState();
        this.you = you.getRole();
        this.yourReadiness = you.getReadiness();
        boolean dated = m.getState() == MeetingState.SCHEDULED || m.getState() == MeetingState.HELD;
        this.start = dated ? m.getStartsAt() : null;
        this.end = dated ? m.getEndsAt() : null;
        this.remote = m.isRemote();
        this.venueName = dated ? venueName : null;
        this.groundRules = groundRules;
        this.personHarmedSpeaksFirst = m.getSpeaksFirst() != null;
        this.others = all.stream().filter(a -> !a.getParticipantId().equals(you.getParticipantId()))
                .map(Attendee::getRole).collect(Collectors.toList());
    }
}
