package org.kintsugi.core.spi.module;

import java.util.Set;

import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A restorative service type (conferencing, letter exchange, ...) delivered by a module bundle.
 * The core tracks these dynamically: a module whose feature is uninstalled simply disappears.
 */
@ConsumerType
public interface RestorativeService {
    /** Stable id, lower-case with hyphens, also the module's REST path segment. */
    String id();

    /** Name shown to practitioners. */
    String displayName();

    /**
     * Who may take part in this service. Restorative storytelling, for one, never includes the person
     * responsible; a family circle may go ahead without them.
     */
    Set<ParticipantRole> participantRoles();

    /** The kinds of contact between the parties it delivers; empty for survivor-only work. */
    Set<ContactKind> contactKinds();
}
