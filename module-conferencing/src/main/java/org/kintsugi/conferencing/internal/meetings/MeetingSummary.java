package org.kintsugi.conferencing.internal.meetings;

import java.time.Instant;
import java.util.Set;

import org.kintsugi.conferencing.internal.flow.MeetingState;
import org.kintsugi.conferencing.internal.store.Meeting;

/** A meeting in a list: when, what kind, where it stands, who facilitates; the case's reference for finding it. */
public final class MeetingSummary {
    public final String id;
    public final String caseId;
    public final String caseReference;
    public final Meeting.Kind kind;
    public final MeetingState state;
    public final Instant start;
    public final Instant end;
    public final boolean remote;
    public final Set<String> facilitators;

    MeetingSummary(Meeting m, String caseReference) {
        this.id = m.getId();
        this.caseId = m.getCaseId();
        this.caseReference = caseReference;
        this.kind = m.getKind();
        this.state = m.getState();
        this.start = m.getStartsAt();
        this.end = m.getEndsAt();
        this.remote = m.isRemote();
        this.facilitators = m.getFacilitators();
    }
}
