package org.kintsugi.core.spi.cases;

import java.util.Set;

/**
 * A caller's whole scope, for a module that lists its own rows across cases in its own query (paged and
 * counted in the database) instead of asking about each case: a row is in scope when its case's region
 * is seen whole, or its case is one the caller's team works on. Every other case does not exist for them.
 */
public final class VisibleCases {
    private static final VisibleCases NONE = new VisibleCases(false, Set.of(), Set.of());

    private final boolean everyRegion;
    private final Set<String> wholeRegions;
    private final Set<String> workedOn;

    private VisibleCases(boolean everyRegion, Set<String> wholeRegions, Set<String> workedOn) {
        this.everyRegion = everyRegion;
        this.wholeRegions = Set.copyOf(wholeRegions);
        this.workedOn = Set.copyOf(workedOn);
    }

    /** A national administrator's: every case. */
    public static VisibleCases everyCase() {
        return new VisibleCases(true, Set.of(), Set.of());
    }

    /** Hub staff see their regions whole; practitioners and supervisors the cases their team facilitates. */
    public static VisibleCases of(Set<String> wholeRegions, Set<String> workedOn) {
        return new VisibleCases(false, wholeRegions, workedOn);
    }

    public static VisibleCases none() {
        return NONE;
    }

    public boolean everyRegion() {
        return everyRegion;
    }

    /** Regions every case of which the caller sees (empty for a national administrator: see everyRegion). */
    public Set<String> wholeRegions() {
        return wholeRegions;
    }

    /** Further cases the caller sees because someone of their team facilitates them. */
    public Set<String> workedOn() {
        return workedOn;
    }

    public boolean isEmpty() {
        return !everyRegion && wholeRegions.isEmpty() && workedOn.isEmpty();
    }

    /** Whether a case of this region and id is in scope: the rule a module's query must express. */
    public boolean includes(String regionCode, String caseId) {
        return everyRegion || wholeRegions.contains(regionCode) || workedOn.contains(caseId);
    }
}
