package ${package}.internal.store;

/** The module's persistence unit, as its components reference it: only once its tables are current. */
public final class ${serviceClass}Unit {
    /** The unit's JpaTemplate, offered by the core once the module's changelog has run (Kintsugi-Schema). */
    public static final String READY = "(&(osgi.unit.name=kintsugi-${moduleId})(kintsugi.schema=ready))";

    private ${serviceClass}Unit() {
    }
}
