package org.kintsugi.core.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.kintsugi.web.cfg}. */
@ObjectClassDefinition(name = "Kintsugi web shell")
public @interface ShellConfig {
    String PID = "org.kintsugi.web";

    /**
     * Where the quick-exit control sends someone who must leave the page at once: a neutral site that
     * gives nothing away. Each hub may choose its own.
     */
    @AttributeDefinition(description = "Neutral page the quick exit replaces the shell with")
    String quickExitUrl() default "https://www.bbc.co.uk/weather";
}
