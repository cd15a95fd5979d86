package ${package}.internal.entries;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.spi.cases.CaseSnapshot;
import org.kintsugi.core.spi.cases.ContactGate;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactVerdict;
import ${package}.api.EntryView;
import ${package}.internal.access.${serviceClass}Cases;
import ${package}.internal.store.Entry;
import ${package}.internal.store.${serviceClass}Unit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Writing, sharing and releasing entries. Each joins the request's transaction and locks the case first, so
 * a pause or withdrawal racing it either comes first (and is seen) or waits for it (and hears of the entry).
 */
@Component(service = EntryWriting.class)
public class EntryWriting {
    private final JpaTemplate jpa;
    private final ${serviceClass}Cases cases;
    private final ContactGate gate;
    private final EntryViews views;

    @Activate
    public EntryWriting(@Reference(target = ${serviceClass}Unit.READY) JpaTemplate jpa, @Reference ${serviceClass}Cases cases,
            @Reference ContactGate gate, @Reference EntryViews views) {
        this.jpa = jpa;
        this.cases = cases;
        this.gate = gate;
        this.views = views;
    }

    public EntryView create(Caller caller, String caseId, String body) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.forChange(caller, caseId);
            List<FieldProblem> problems = EntryRules.check(body);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            ${serviceClass}Cases.requireActive(snapshot);
            String id = UUID.randomUUID().toString();
            Entry entry = new Entry(id, caseId, snapshot.region(), views.seal(EntryRules.normalised(body), id),
                    caller.userId().toString(), now());
            em.persist(entry);
            em.flush();
            return views.of(entry, snapshot);
        });
    }

    /** Passes the entry to the other party: only when the contact gate allows indirect contact, in this transaction. */
    public EntryView share(Caller caller, String caseId, String entryId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.forChange(caller, caseId);
            Entry entry = locked(em, caseId, entryId);
            if (entry.getSharedAt() != null) {
                throw ProblemException.conflict("${moduleId}-entry-already-shared", "This entry has already been shared.");
            }
            if (entry.isHeld()) {
                throw ProblemException.conflict("${moduleId}-entry-held", "This entry is held; release it first.");
            }
            ContactVerdict verdict = gate.check(caseId, ContactKind.INDIRECT);
            if (!verdict.allowed()) {
                throw ProblemException.conflict(verdict.refusals().get(0).rule(), "Indirect contact may not happen on "
                        + "this case now: " + verdict.refusals().stream().map(r -> "[" + r.rule() + "] " + r.reason())
                        .collect(Collectors.joining("; ")));
            }
            entry.share(now());
            em.flush();
            return views.of(entry, snapshot);
        });
    }

    /** Lets a held entry be shared again, once the case goes on: a facilitator decides, entry by entry. */
    public EntryView release(Caller caller, String caseId, String entryId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseSnapshot snapshot = cases.forChange(caller, caseId);
            ${serviceClass}Cases.requireActive(snapshot);
            Entry entry = locked(em, caseId, entryId);
            if (!entry.isHeld()) {
                throw ProblemException.conflict("${moduleId}-entry-not-held", "This entry is not held.");
            }
            entry.release();
            em.flush();
            return views.of(entry, snapshot);
        });
    }

    /** Microseconds, as the database keeps them: the answer and every later read agree. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The entry of this case, locked after the case; another case's entry is as unknown as a made-up id. */
    private static Entry locked(EntityManager em, String caseId, String entryId) {
        Entry entry = em.find(Entry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null || !entry.getCaseId().equals(caseId)) {
            throw ProblemException.notFound();
        }
        return entry;
    }
}
