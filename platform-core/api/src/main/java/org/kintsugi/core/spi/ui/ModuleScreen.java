package org.kintsugi.core.spi.ui;

import java.util.Set;

import org.kintsugi.core.api.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A screen a module adds to the web shell: register one service per screen. The shell lists it only
 * to users holding one of its roles in a region where the module is enabled, and drops it when the
 * module's bundle goes. The module serves the screen's files itself, under {@code /ui/<moduleId>/}.
 */
@ConsumerType
public interface ModuleScreen {
    /** Where the shell shows it. */
    enum Placement {
        /**
         * An entry in the shell's navigation. Opened from "My work" it is given {@code open} (a work entry's
         * target), {@code back} and {@code backLabelKey}: it shows that record, with a way back.
         */
        NAVIGATION,
        /** A tab on the case page, given the case id. */
        CASE
    }

    /** The id of the module's RestorativeService. */
    String moduleId();

    /** Unique within the module, lower-case with hyphens. */
    String id();

    /** Key of the label in the module's message files (English and Welsh), never the text itself. */
    String labelKey();

    /** The screen's ES module, relative to {@code /ui/<moduleId>/}, e.g. {@code letters/review.js}. */
    String entryPoint();

    Placement placement();

    /** Position among the screens of the same placement, lowest first. */
    int order();

    /** Who may see it (any one of these). */
    Set<Role> roles();
}
