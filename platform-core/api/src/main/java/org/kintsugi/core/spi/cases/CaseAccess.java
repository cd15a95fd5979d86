package org.kintsugi.core.spi.cases;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kintsugi.core.api.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How a module sees a case, through the core's scoping rules: a case outside the caller's scope is
 * empty, exactly as one that does not exist, and the module answers 404 for both. Provided by the core.
 * Every method joins the caller's transaction when there is one.
 */
@ProviderType
public interface CaseAccess {
    Optional<CaseSnapshot> visible(Caller caller, String caseId);

    /**
     * As {@link #visible(Caller, String)}, and locks the case until the caller's transaction ends: the
     * same lock a pause, withdrawal, halt or closure takes, so the snapshot's hold stays true while the
     * module changes its own records, and the module's listener hears of the next hold only afterwards.
     * Take it before locking the module's own rows, so every writer locks in the same order.
     */
    Optional<CaseSnapshot> visibleForUpdate(Caller caller, String caseId);

    /** The cases among {@code caseIds} the caller may see, by id; for a module's lists, in one query. */
    Map<String, CaseSnapshot> visible(Caller caller, Collection<String> caseIds);

    /**
     * The caller's scope as regions and cases, for lists a module pages and counts in its own query; the
     * cases worked on are as many as the team's caseload. Empty for roles that never list cases.
     */
    VisibleCases visibleCases(Caller caller);

    /** Of the cases the caller sees, the ones {@code userId} facilitates: one practitioner's share of a list. */
    Set<String> facilitatedBy(Caller caller, String userId);
}
