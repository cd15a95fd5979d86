package org.kintsugi.core.internal.participants;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.kintsugi.core.api.cases.ParticipantRole;

/**
 * A practitioner's note on a case, encrypted. By default for practitioners only; a note may be marked
 * for participants in named roles, and only those roles' views ever show it.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {
    @Id
    private String id;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "text_enc")
    private String textEnc;
    @Column(name = "visible_to")
    private String visibleTo;
    @Column(name = "written_by")
    private String writtenBy;
    @Column(name = "written_at")
    private Instant writtenAt;

    protected CaseNote() {
    }

    CaseNote(String id, String caseId, Set<ParticipantRole> visibleTo, String writtenBy, Instant writtenAt) {
        this.id = id;
        this.caseId = caseId;
        this.visibleTo = visibleTo.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    void seal(String textEnc) {
        this.textEnc = textEnc;
    }

    Set<ParticipantRole> visibleTo() {
        Set<ParticipantRole> roles = EnumSet.noneOf(ParticipantRole.class);
        if (visibleTo != null && !visibleTo.isEmpty()) {
            Arrays.stream(visibleTo.split(",")).map(ParticipantRole::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getTextEnc() { return textEnc; }
    public String getWrittenBy() { return writtenBy; }
    public Instant getWrittenAt() { return writtenAt; }
}
