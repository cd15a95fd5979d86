package org.kintsugi.core.internal.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A factor's rating and notes (encrypted), and who rated it: nobody signs off work they wrote. */
@Entity
@Table(name = "assessment_factor")
@IdClass(FactorRating.Key.class)
public class FactorRating {
    @Id
    @Column(name = "assessment_id")
    private String assessmentId;
    @Id
    @Enumerated(EnumType.STRING)
    private AssessmentTerms.Factor factor;
    @Enumerated(EnumType.STRING)
    private AssessmentTerms.Rating rating;
    @Column(name = "notes_enc")
    private String notesEnc;
    @Column(name = "rated_by_id")
    private String ratedById;
    @Column(name = "rated_by")
    private String ratedBy;
    @Column(name = "rated_at")
    private Instant ratedAt;

    protected FactorRating() {
    }

    FactorRating(String assessmentId, AssessmentTerms.Factor factor) {
        this.assessmentId = assessmentId;
        this.factor = factor;
    }

    void rate(AssessmentTerms.Rating rating, String notesEnc, String byId, String by, Instant at) {
        this.rating = rating;
        this.notesEnc = notesEnc;
        this.ratedById = byId;
        this.ratedBy = by;
        this.ratedAt = at;
    }

    /** The record id the notes are encrypted under: one per assessment and factor. */
    String cipherId() {
        return assessmentId + "/" + factor.name();
    }

    public String getAssessmentId() { return assessmentId; }
    public AssessmentTerms.Factor getFactor() { return factor; }
    public AssessmentTerms.Rating getRating() { return rating; }
    public String getNotesEnc() { return notesEnc; }
    public String getRatedById() { return ratedById; }
    public String getRatedBy() { return ratedBy; }
    public Instant getRatedAt() { return ratedAt; }

    /** Composite key: assessment and factor. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String assessmentId;
        public AssessmentTerms.Factor factor;

        public Key() {
        }

        Key(String assessmentId, AssessmentTerms.Factor factor) {
            this.assessmentId = assessmentId;
            this.factor = factor;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(assessmentId, ((Key) other).assessmentId)
                    && factor == ((Key) other).factor;
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, factor);
        }
    }
}
