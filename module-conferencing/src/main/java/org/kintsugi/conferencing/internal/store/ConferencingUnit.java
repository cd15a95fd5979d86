package org.kintsugi.conferencing.internal.store;

/** The module's persistence unit, as its components reference it: only once its tables are current. */
public final class ConferencingUnit {
    /** The unit's JpaTemplate, offered by the core once the module's changelog has run (Kintsugi-Schema). */
    public static final String READY = "(&(osgi.unit.name=kintsugi-conferencing)(kintsugi.schema=ready))";

    private ConferencingUnit() {
    }
}
