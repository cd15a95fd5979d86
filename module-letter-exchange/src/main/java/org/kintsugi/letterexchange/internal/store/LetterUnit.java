package org.kintsugi.letterexchange.internal.store;

/** The module's persistence unit, as its components reference it: only once its tables are current. */
public final class LetterUnit {
    /** The unit's JpaTemplate, offered by the core once the module's changelog has run (SchemaMigrations). */
    public static final String READY = "(&(osgi.unit.name=kintsugi-letter-exchange)(kintsugi.schema=ready))";

    private LetterUnit() {
    }
}
