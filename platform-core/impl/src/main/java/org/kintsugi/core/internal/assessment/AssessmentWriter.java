package org.kintsugi.core.internal.assessment;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Someone who wrote part of an assessment. Kept when their rating is revised: they still may not sign it off. */
@Entity
@Table(name = "assessment_writer")
@IdClass(AssessmentWriter.Key.class)
public class AssessmentWriter {
    @Id
    @Column(name = "assessment_id")
    private String assessmentId;
    @Id
    @Column(name = "user_id")
    private String userId;

    protected AssessmentWriter() {
    }

    AssessmentWriter(String assessmentId, String userId) {
        this.assessmentId = assessmentId;
        this.userId = userId;
    }

    public String getAssessmentId() { return assessmentId; }
    public String getUserId() { return userId; }

    /** Composite key: assessment and user. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String assessmentId;
        public String userId;

        public Key() {
        }

        Key(String assessmentId, String userId) {
            this.assessmentId = assessmentId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && Objects.equals(assessmentId, ((Key) other).assessmentId)
                    && Objects.equals(userId, ((Key) other).userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, userId);
        }
    }
}
