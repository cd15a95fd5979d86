package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.CaseHold;
import org.kintsugi.core.api.cases.CaseStage;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.people.RegionHolidays;
import org.kintsugi.core.internal.referral.AcceptedReferral;
import org.kintsugi.core.internal.referral.ReferralRequests;
import org.kintsugi.core.internal.referral.ReferralDecisions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Opens cases from accepted referrals and shows them within scope. */
@Component(service = CaseService.class)
public class CaseService {
    /** Domain rule: first contact within five working days of referral. */
    static final int FIRST_CONTACT_WORKING_DAYS = 5;

    private final JpaTemplate jpa;
    private final ReferralDecisions referrals;
    private final FieldCipher cipher;
    private final ParticipantDetails details;

    @Activate
    public CaseService(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference ReferralDecisions referrals, @Reference DataKeyring keys) {
        this.jpa = jpa;
        this.referrals = referrals;
        this.cipher = keys.cipher();
        this.details = new ParticipantDetails(keys);
    }

    /** Accepts the referral and opens its case in one transaction: both happen, or neither. */
    public CaseViews.Detail openFromReferral(Caller caller, String referralId) {
        String caseId = jpa.txExpr(TransactionType.Required, em -> {
            AcceptedReferral accepted = referrals.accept(em, caller, referralId);
            Instant now = Instant.now();
            String region = accepted.referral().getRegionCode();
            CaseRecord record = new CaseRecord(UUID.randomUUID().toString(), region,
                    referralId, accepted.referral().getOffenceCategory(), accepted.referral().getLedBy(),
                    caller.getName(), now, CaseReferences.next(em, region, now));
            em.persist(record);
            em.flush(); // children's foreign keys need the case row; JPA does not know they relate
            addParty(em, record, ParticipantRole.PERSON_HARMED, accepted.personHarmed(), now);
            addParty(em, record, ParticipantRole.PERSON_RESPONSIBLE, accepted.personResponsible(), now);
            CaseEvent.record(em, record.getId(), caller.getName(), now,
                    CaseTerms.EventKind.CASE_OPENED, "Opened from an accepted referral");
            LocalDate referred = LocalDate.ofInstant(accepted.referral().getCreatedAt(), ZoneOffset.UTC);
            em.persist(new CaseTask(UUID.randomUUID().toString(), record.getId(), CaseTerms.TaskKind.FIRST_CONTACT,
                    WorkingDays.after(referred, FIRST_CONTACT_WORKING_DAYS,
                            RegionHolidays.from(em, record.getRegionCode(), referred)), now));
            CaseTasksDue.refresh(em, record);
            return record.getId();
        });
        return get(caller, caseId);
    }

    /** The names of the staff taking part in a case (its facilitators), by user id. */
    private static Map<String, String> staffNames(EntityManager em, String caseId) {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u.id, coalesce(u.displayName, u.username) from UserAccount u where u.id in (select p.userId from "
                + "CaseParticipant p where p.caseId = :case and p.userId is not null)", Object[].class)
                .setParameter("case", caseId).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    public CaseViews.Detail get(Caller caller, String id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.findVisible(em, caller, id);
            Map<String, String> staff = staffNames(em, id);
            List<CaseViews.Participant> participants = em.createQuery("select p from CaseParticipant p where "
                    + "p.caseId = :case order by p.addedAt, p.role", CaseParticipant.class).setParameter("case", id)
                    .getResultList().stream().map(p -> new CaseViews.Participant(p, details.open(p),
                            p.getUserId() == null ? null : staff.get(p.getUserId())))
                    .collect(Collectors.toList());
            List<CaseViews.Event> timeline = em.createQuery("select e from CaseEvent e where e.caseId = :case "
                    + "order by e.occurredAt", CaseEvent.class).setParameter("case", id).getResultList().stream()
                    .map(CaseViews.Event::new).collect(Collectors.toList());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<CaseViews.Task> tasks = em.createQuery("select t from CaseTask t where t.caseId = :case "
                    + "order by t.dueOn", CaseTask.class).setParameter("case", id).getResultList().stream()
                    .map(t -> new CaseViews.Task(t, today)).collect(Collectors.toList());
            CaseViews.HoldDetails hold = record.getHold() == CaseHold.NONE ? null : new CaseViews.HoldDetails(record,
                    cipher.decrypt(record.getHoldReasonEnc(), id, "holdReason"),
                    cipher.decrypt(record.getHoldTellOtherEnc(), id, "holdTellOther"));
            List<CaseViews.Consent> consents = em.createQuery("select c from CaseConsent c where c.caseId = :case "
                    + "order by c.givenAt", CaseConsent.class).setParameter("case", id).getResultList().stream()
                    .map(c -> new CaseViews.Consent(c, cipher.decrypt(c.getInformationGivenEnc(), c.getId(), "informationGiven")))
                    .collect(Collectors.toList());
            return new CaseViews.Detail(record, participants, timeline, tasks, hold,
                    FacilitatorRules.gaps(em, record), consents, record.getStage() != CaseStage.CLOSED ? null
                    : new CaseViews.Closure(record, cipher.decrypt(record.getCloseNoteEnc(), id, "closeNote")));
        });
    }

    private void addParty(EntityManager em, CaseRecord record, ParticipantRole role,
            ReferralRequests.Party party, Instant now) {
        if (party == null) {
            return;
        }
        CaseParticipant participant = new CaseParticipant(UUID.randomUUID().toString(), record.getId(), role, null, now);
        details.persist(em, participant, party);
    }
}
