package org.kintsugi.core.internal.crypto;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.kintsugi.crypto.cfg}. */
@ObjectClassDefinition(name = "Kintsugi data encryption")
public @interface DataKeyConfig {
    String PID = "org.kintsugi.crypto";

    @AttributeDefinition(description = "File holding the base64 AES-256 key for contact details; created if absent. "
            + "Every node needs the same file; back it up apart from the database.")
    String key_file() default "";
}
