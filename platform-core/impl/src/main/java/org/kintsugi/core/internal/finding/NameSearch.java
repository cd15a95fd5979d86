package org.kintsugi.core.internal.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.api.problem.FieldProblem;
import org.kintsugi.core.api.problem.ProblemException;
import org.kintsugi.core.api.security.Caller;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.internal.cases.CaseRecord;
import org.kintsugi.core.internal.cases.CaseViews;
import org.kintsugi.core.internal.crypto.BlindIndex;
import org.kintsugi.core.internal.crypto.DataKeyring;
import org.kintsugi.core.internal.db.CoreUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Finding a case by a participant's name, for hub staff in their own regions only: a participant matches
 * when every word typed is one of the words of their name (accents, case and apostrophes aside). Names are
 * compared as keyed hashes ({@link BlindIndex}); nothing readable is searched or stored. Newest case first.
 */
@Component(service = NameSearch.class)
public class NameSearch {
    public static final int MAX_NAME = 200;
    public static final int MAX_CASES = 20;

    private final JpaTemplate jpa;
    private final BlindIndex names;

    @Activate
    public NameSearch(@Reference(target = CoreUnit.READY) JpaTemplate jpa, @Reference DataKeyring keys) {
        this.jpa = jpa;
        this.names = keys.blindIndex();
    }

    public Found search(Caller caller, String name) {
        if (!caller.hasAnyRole(Role.NATIONAL_ADMIN, Role.HUB_ADMIN, Role.COORDINATOR)) {
            throw ProblemException.forbidden("Only hub staff find cases by a participant's name.");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw ProblemException.invalid(FieldProblem.requiredAtMost("name", MAX_NAME));
        }
        Set<String> tokens = names.tokens(name);
        if (tokens.isEmpty()) {
            throw ProblemException.invalid(new FieldProblem("name", "must contain a letter or a digit", "name-no-words"));
        }
        boolean everyRegion = caller.hasRole(Role.NATIONAL_ADMIN);
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<Object[]> query = em.createQuery("select c, p.role from CaseRecord c, CaseParticipant p "
                    + "where p.caseId = c.id and p.id in (select t.participantId from ParticipantNameToken t "
                    + "where t.token in :tokens group by t.participantId having count(t.token) = :words)"
                    + (everyRegion ? "" : " and c.regionCode in :regions") + " order by c.openedAt desc, c.id",
                    Object[].class).setParameter("tokens", tokens).setParameter("words", (long) tokens.size());
            if (!everyRegion) {
                query.setParameter("regions", caller.regions());
            }
            Map<String, Match> byCase = new LinkedHashMap<>();
            for (Object[] row : query.setMaxResults(MAX_CASES * 4 + 1).getResultList()) {
                CaseRecord record = (CaseRecord) row[0];
                byCase.computeIfAbsent(record.getId(), id -> new Match(record)).matchedAs.add((ParticipantRole) row[1]);
            }
            List<Match> matches = new ArrayList<>(byCase.values());
            boolean more = matches.size() > MAX_CASES;
            return new Found(more ? matches.subList(0, MAX_CASES) : matches, more);
        });
    }

    /** The cases found, newest first, and whether there were more than are shown (then: type more of the name). */
    public static final class Found {
        public final List<Match> cases;
        public final boolean more;

        Found(List<Match> cases, boolean more) {
            this.cases = List.copyOf(cases);
            this.more = more;
        }
    }

    /** A case found, and as whom the name is in it; never the name itself, nor anyone's details. */
    public static final class Match extends CaseViews.Summary {
        public final Set<ParticipantRole> matchedAs = new TreeSet<>();

        Match(CaseRecord record) {
            super(record);
        }
    }
}
