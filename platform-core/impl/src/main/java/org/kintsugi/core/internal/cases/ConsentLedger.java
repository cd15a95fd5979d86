package org.kintsugi.core.internal.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.kintsugi.core.internal.db.CoreUnit;
import org.kintsugi.core.internal.people.Organisation;
import org.kintsugi.core.internal.rest.input.Text;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Records consents per participant and purpose, and their withdrawal; what depends on them reads only active ones. */
@Component(service = ConsentLedger.class)
public class ConsentLedger {
    private final JpaTemplate jpa;
    private final FieldCipher cipher;
    private final CaseService cases;

    @Activate
    public ConsentLedger(@Reference(target = CoreUnit.READY) JpaTemplate jpa,
            @Reference DataKeyring keys, @Reference CaseService cases) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
        this.cases = cases;
    }

    public CaseViews.Detail give(Caller caller, String caseId, ConsentRequest body) {
        jpa.tx(TransactionType.Required, em -> {
            CaseRecord record = lockRunning(em, caller, caseId);
            validate(em, record, body);
            String detail = detail(body);
            if (hasActive(em, body.participantId, body.purpose, detail)) {
                throw ProblemException.conflict("consent-already-given", "This participant's consent for this purpose is already recorded.");
            }
            Instant now = Instant.now();
            CaseConsent consent = new CaseConsent(UUID.randomUUID().toString(), caseId, body.participantId, body.purpose,
                    detail, body.wordingVersion.trim(), caller.getName(), now);
            consent.sealInformation(cipher.encrypt(Text.orNull(body.informationGiven), consent.getId(), "informationGiven"));
            em.persist(consent);
            CaseEvent.record(em, caseId, caller.getName(), now,
                    CaseTerms.EventKind.CONSENT_GIVEN, "Consent recorded: " + body.purpose,
                    Map.of("purpose", body.purpose));
        });
        return cases.get(caller, caseId);
    }

    /** Takes effect at once: anything that checks consent from now on sees it withdrawn. */
    public CaseViews.Detail withdraw(Caller caller, String caseId, String consentId) {
        jpa.tx(TransactionType.Required, em -> {
            CaseScope.lockVisible(em, caller, caseId);
            CaseConsent consent = em.find(CaseConsent.class, consentId);
            if (consent == null || !consent.getCaseId().equals(caseId)) {
                throw ProblemException.notFound();
            }
            if (!consent.isActive()) {
                throw ProblemException.conflict("consent-already-withdrawn", "This consent was already withdrawn.");
            }
            Instant now = Instant.now();
            consent.withdraw(caller.getName(), now);
            CaseEvent.record(em, caseId, caller.getName(), now,
                    CaseTerms.EventKind.CONSENT_WITHDRAWN, "Consent withdrawn: " + consent.getPurpose(),
                    Map.of("purpose", consent.getPurpose()));
        });
        return cases.get(caller, caseId);
    }

    /**
     * A re-engaged case starts again: consents given for the old process lapse (recorded, never deleted),
     * except to aggregate statistics, which does not depend on the process. Returns how many lapsed.
     */
    public static int lapseForReEngagement(EntityManager em, String caseId, Instant now) {
        List<CaseConsent> active = em.createQuery("select c from CaseConsent c where c.caseId = :case and "
                + "c.withdrawnAt is null and c.purpose <> :kept", CaseConsent.class).setParameter("case", caseId)
                .setParameter("kept", CaseTerms.ConsentPurpose.AGGREGATE_STATISTICS).getResultList();
        active.forEach(consent -> consent.withdraw("lapsed on re-engagement", now));
        return active.size();
    }

    private static void validate(EntityManager em, CaseRecord record, ConsentRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseParticipant participant = body.participantId == null ? null : em.find(CaseParticipant.class, body.participantId);
        if (participant == null || !participant.getCaseId().equals(record.getId())
                || participant.getRole() == ParticipantRole.FACILITATOR) {
            problems.add(new FieldProblem("participantId", "must be a participant of this case", "not-a-participant"));
        }
        if (body.purpose == null) {
            problems.add(FieldProblem.required("purpose"));
        } else if (body.purpose == CaseTerms.ConsentPurpose.SHARE_WITH_ORGANISATION
                && !worksInRegion(em, body.organisationId, record.getRegionCode())) {
            // One that works only elsewhere is answered as an unknown one: its existence is not the caller's to learn.
            problems.add(new FieldProblem("organisationId", "must name the organisation information may be shared with", "sharing-organisation-required"));
        } else if (body.purpose == CaseTerms.ConsentPurpose.CONTACT_METHOD && body.contactMethod == null) {
            problems.add(new FieldProblem("contactMethod", "is required for consent to a contact method", "contact-method-required"));
        }
        if (body.wordingVersion == null || body.wordingVersion.isBlank() || body.wordingVersion.length() > 40) {
            problems.add(new FieldProblem("wordingVersion", "is required: the version of the wording the participant saw", "wording-version-required"));
        }
        if (!Boolean.TRUE.equals(body.noIncentiveOffered)) {
            problems.add(new FieldProblem("noIncentiveOffered", "must be confirmed: nobody may be offered an incentive to take part", "no-incentive-unconfirmed"));
        }
        if (body.informationGiven != null && body.informationGiven.length() > 4000) {
            problems.add(FieldProblem.atMost("informationGiven", 4000));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /** An organisation the case's region works with: the only ones its information may be shared with. */
    private static boolean worksInRegion(EntityManager em, String organisationId, String region) {
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        return organisation != null && organisation.getRegions().contains(region);
    }

    /** Whether an active consent exists; two queries, as PostgreSQL cannot type a null parameter in "is null". */
    public static boolean hasActive(EntityManager em, String participantId, CaseTerms.ConsentPurpose purpose, String detail) {
        String base = "select c.id from CaseConsent c where c.participantId = :p and c.purpose = :purpose "
                + "and c.withdrawnAt is null and ";
        javax.persistence.Query query = detail == null
                ? em.createQuery(base + "c.purposeDetail is null")
                : em.createQuery(base + "c.purposeDetail = :detail").setParameter("detail", detail);
        return !query.setParameter("p", participantId).setParameter("purpose", purpose).getResultList().isEmpty();
    }

    private static String detail(ConsentRequest body) {
        if (body.purpose == CaseTerms.ConsentPurpose.SHARE_WITH_ORGANISATION) {
            return body.organisationId;
        }
        return body.purpose == CaseTerms.ConsentPurpose.CONTACT_METHOD ? body.contactMethod.name() : null;
    }

    private static CaseRecord lockRunning(EntityManager em, Caller caller, String caseId) {
        CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
        if (record.takesNoNewWork()) {
            throw ProblemException.conflict("case-stopped", "No new consent is recorded on a stopped or closed case.");
        }
        return record;
    }

}
