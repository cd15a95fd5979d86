package org.kintsugi.core.internal.db;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.kintsugi.migrations.cfg}: who applies schema changes. */
@ObjectClassDefinition(name = "Kintsugi migrations", description = "Who applies the schema's migrations")
public @interface MigrationsConfig {
    String PID = "org.kintsugi.migrations";

    @AttributeDefinition(description = "Owner of the tables, who applies migrations; empty: the pool's own user")
    String owner_user() default "";

    @AttributeDefinition(description = "The owner's password")
    String owner_password() default "";
}
