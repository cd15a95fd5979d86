package org.kintsugi.core.internal.participants;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseEvent;
import org.kintsugi.core.internal.cases.CaseGuards;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.internal.cases.CaseTerms;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.crypto.FieldCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Case notes: written by anyone on the case, encrypted, and marked for the participants who may be shown them. */
@Component(service = CaseNotes.class)
public class CaseNotes {
    static final int MAX_TEXT = 8000;

    private final JpaTemplate jpa;
    private final FieldCipher cipher;

    @Activate
    public CaseNotes(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference DataKeyring keys) {
        this.jpa = jpa;
        this.cipher = keys.cipher();
    }

    public List<NoteView> list(Caller caller, String caseId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseScope.findVisible(em, caller, caseId);
            return em.createQuery("select n from CaseNote n where n.caseId = :case order by n.writtenAt", CaseNote.class)
                    .setParameter("case", caseId).getResultList().stream().map(this::view).collect(Collectors.toList());
        });
    }

    public NoteView write(Caller caller, String caseId, ParticipantRequests.NewNote body) {
        String text = body == null || body.text == null ? "" : body.text.trim();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw ProblemException.invalid(FieldProblem.requiredAtMost("text", MAX_TEXT));
        }
        Set<ParticipantRole> audience = body.visibleTo == null ? Set.of() : body.visibleTo;
        if (audience.contains(ParticipantRole.FACILITATOR)) {
            throw ProblemException.invalid(new FieldProblem("visibleTo", "names participants' roles; practitioners see every note", "visible-to-roles"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.lockVisible(em, caller, caseId);
            CaseGuards.requireOpen(record);
            Instant now = Instant.now();
            CaseNote note = new CaseNote(UUID.randomUUID().toString(), caseId,
                    audience.isEmpty() ? EnumSet.noneOf(ParticipantRole.class) : EnumSet.copyOf(audience), caller.getName(), now);
            note.seal(cipher.encrypt(text, note.getId(), "text"));
            em.persist(note);
            CaseEvent.record(em, caseId, caller.getName(), now, CaseTerms.EventKind.NOTE_WRITTEN, audience.isEmpty()
                    ? "Note written for practitioners" : "Note written, may be shown to: " + audience.stream()
                    .map(CaseGuards::label).sorted().collect(Collectors.joining(", ")),
                    audience.isEmpty() ? Map.of() : Map.of("variant", "shared", "roles",
                            audience.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
            return view(note);
        });
    }

    /** The notes a participant in {@code role} may be shown. */
    List<NoteView> sharedWith(javax.persistence.EntityManager em, String caseId, ParticipantRole role) {
        return em.createQuery("select n from CaseNote n where n.caseId = :case order by n.writtenAt", CaseNote.class)
                .setParameter("case", caseId).getResultList().stream().filter(n -> n.visibleTo().contains(role))
                .map(this::view).collect(Collectors.toList());
    }

    private NoteView view(CaseNote note) {
        return new NoteView(note.getId(), cipher.decrypt(note.getTextEnc(), note.getId(), "text"), note.visibleTo(),
                note.getWrittenBy(), note.getWrittenAt());
    }

    public static final class NoteView {
        public final String id;
        public final String text;
        public final Set<ParticipantRole> visibleTo;
        public final String writtenBy;
        public final Instant writtenAt;

        NoteView(String id, String text, Set<ParticipantRole> visibleTo, String writtenBy, Instant writtenAt) {
            this.id = id;
            this.text = text;
            this.visibleTo = visibleTo;
            this.writtenBy = writtenBy;
            this.writtenAt = writtenAt;
        }
    }
}
