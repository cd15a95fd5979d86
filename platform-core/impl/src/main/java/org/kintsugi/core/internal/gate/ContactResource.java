package org.kintsugi.core.internal.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.kintsugi.core.internal.db.CoreUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseScope;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.cases.ContactRefusal;
import org.kintsugi.core.spi.rest.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/cases/{id}/contact}: may contact happen now, and if not, which rules stop it. */
@Component(service = ApiResource.class, property = ApiResource.MODULE + "=" + ApiResource.CORE)
@Path("cases/{id}/contact")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource implements ApiResource {
    private final JpaTemplate jpa;

    @Activate
    public ContactResource(@Reference(target = CoreUnit.READY) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Both kinds of contact, or only {@code kind}. Read-only: it takes no lock. */
    @GET
    public List<Verdict> check(@PathParam("id") String caseId, @QueryParam("kind") String kindName,
            @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        ContactKind kind = kind(kindName);
        return jpa.txExpr(TransactionType.Required, em -> {
            CaseRecord record = CaseScope.findVisible(em, caller, caseId);
            List<Verdict> verdicts = new ArrayList<>();
            for (ContactKind each : kind == null ? ContactKind.values() : new ContactKind[] {kind}) {
                verdicts.add(new Verdict(each, ContactRules.refusals(em, record, each, true).stream()
                        .map(Refusal::new).collect(Collectors.toList())));
            }
            return verdicts;
        });
    }

    private static ContactKind kind(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ContactKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldProblem("kind", "must be DIRECT or INDIRECT", "contact-kind"));
        }
    }

    public static final class Verdict {
        public final ContactKind kind;
        public final boolean allowed;
        public final List<Refusal> refusals;

        Verdict(ContactKind kind, List<Refusal> refusals) {
            this.kind = kind;
            this.allowed = refusals.isEmpty();
            this.refusals = refusals;
        }
    }

    public static final class Refusal {
        public final String rule;
        public final String reason;
        /** The participant it concerns, when it is one person's rule; absent for the case's own. */
        public final String participantId;

        Refusal(ContactRefusal refusal) {
            this.rule = refusal.rule();
            this.reason = refusal.reason();
            this.participantId = refusal.participantId().orElse(null);
        }
    }
}
