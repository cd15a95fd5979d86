package org.kintsugi.core.internal.people;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/** What allows a practitioner to facilitate, and which cases: registration, training, supervision. */
@Entity
@Table(name = "practitioner_profile")
public class PractitionerProfile {
    public enum Level { FOUNDATION, INTERMEDIATE, ADVANCED }

    @Id
    @Column(name = "user_id")
    private String userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "registration_level")
    private Level registrationLevel;
    @Column(name = "sexual_harm_trained")
    private boolean sexualHarmTrained;
    @Column(name = "domestic_abuse_trained")
    private boolean domesticAbuseTrained;
    @Column(name = "last_supervision_on")
    private LocalDate lastSupervisionOn;
    @Column(name = "last_observed_practice_on")
    private LocalDate lastObservedPracticeOn;
    /** The case supervisor who supervises this practitioner, and so sees the cases they facilitate. */
    @Column(name = "supervisor_id")
    private String supervisorId;

    protected PractitionerProfile() {
    }

    public PractitionerProfile(String userId) {
        this.userId = userId;
    }

    public void update(PeopleRequests.Practitioner values) {
        this.registrationLevel = values.registrationLevel;
        this.sexualHarmTrained = values.sexualHarmTrained;
        this.domesticAbuseTrained = values.domesticAbuseTrained;
        this.lastSupervisionOn = values.lastSupervisionOn;
        this.lastObservedPracticeOn = values.lastObservedPracticeOn;
        this.supervisorId = values.supervisorId;
    }

    public String getSupervisorId() {
        return supervisorId;
    }

    public Level getRegistrationLevel() {
        return registrationLevel;
    }

    public boolean isSexualHarmTrained() {
        return sexualHarmTrained;
    }

    public boolean isDomesticAbuseTrained() {
        return domesticAbuseTrained;
    }

    public LocalDate getLastSupervisionOn() {
        return lastSupervisionOn;
    }

    public LocalDate getLastObservedPracticeOn() {
        return lastObservedPracticeOn;
    }
}
