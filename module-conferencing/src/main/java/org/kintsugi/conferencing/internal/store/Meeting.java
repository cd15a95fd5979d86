package org.kintsugi.conferencing.internal.store;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Transient;
import javax.persistence.Version;

import org.kintsugi.conferencing.internal.flow.MeetingState;

/**
 * A conference or family circle on one case. Ground rules, the arrival and seating plan and the record of
 * what happened are sealed; the case is referred to by id, never by a relation into the core's unit.
 */
@Entity
@Table(name = "conferencing_meeting")
public class Meeting {
    public enum Kind { CONFERENCE, FAMILY_CIRCLE }

    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "region_code", nullable = false)
    private String region;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingState state;
    @Column(name = "speaks_first")
    private String speaksFirst;
    @Column(name = "ground_rules_sealed")
    private String groundRulesSealed;
    @Column(name = "plan_sealed")
    private String planSealed;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(nullable = false)
    private boolean remote;
    @Column(name = "booking_id")
    private String bookingId;
    @Column(name = "record_sealed")
    private String recordSealed;
    @Column(name = "state_because")
    private String stateBecause;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    /** Staff user ids of the case's facilitators who facilitate this meeting. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conferencing_facilitator", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "user_id")
    private Set<String> facilitators = new HashSet<>();
    @Version
    @Column(name = "row_version", nullable = false)
    private long version;
    /**
     * The attendees as this persistence context (one request) first read them: the rules and the answer both ask
     * for them, and each read was a round trip. The same managed objects, so a change to one shows in both.
     */
    @Transient
    private List<Attendee> attendeesRead;

    protected Meeting() {
    }

    public Meeting(String id, String caseId, String region, Kind kind, String createdBy, Instant at) {
        this.id = id;
        this.caseId = caseId;
        this.region = region;
        this.kind = kind;
        this.state = MeetingState.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.changedAt = at;
    }

    public void plan(String speaksFirst, String groundRulesSealed, String planSealed) {
        this.speaksFirst = speaksFirst;
        this.groundRulesSealed = groundRulesSealed;
        this.planSealed = planSealed;
    }

    public void facilitatedBy(Set<String> userIds) {
        facilitators.clear();
        facilitators.addAll(userIds);
    }

    public void moveTo(MeetingState next, String because, Instant at) {
        this.state = next;
        this.stateBecause = because;
        this.changedAt = at;
    }

    public void schedule(Instant start, Instant end, boolean remote, String bookingId) {
        this.startsAt = start;
        this.endsAt = end;
        this.remote = remote;
        this.bookingId = bookingId;
    }

    public void unbook() {
        this.bookingId = null;
    }

    public void record(String recordSealed) {
        this.recordSealed = recordSealed;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getRegion() { return region; }
    public Kind getKind() { return kind; }
    public MeetingState getState() { return state; }
    public String getSpeaksFirst() { return speaksFirst; }
    public String getGroundRulesSealed() { return groundRulesSealed; }
    public String getPlanSealed() { return planSealed; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public boolean isRemote() { return remote; }
    public String getBookingId() { return bookingId; }
    public String getRecordSealed() { return recordSealed; }
    public String getStateBecause() { return stateBecause; }
    public Instant getChangedAt() { return changedAt; }
    public Set<String> getFacilitators() { return Collections.unmodifiableSet(facilitators); }
    public long getVersion() { return version; }

    public List<Attendee> attendeesRead() {
        return attendeesRead;
    }

    public void attendeesRead(List<Attendee> attendees) {
        this.attendeesRead = attendees;
    }
}
