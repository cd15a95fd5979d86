package org.kintsugi.letterexchange.internal.ui;

import java.util.EnumSet;
import java.util.Set;

import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.ui.ModuleScreen;
import org.kintsugi.letterexchange.internal.LetterExchange;

/** The module's screens as the shell lists them: who sees them, where, in which order. */
abstract class LetterScreens implements ModuleScreen {
    static final Set<Role> CASE_WORKERS = EnumSet.of(Role.PRACTITIONER, Role.CASE_SUPERVISOR, Role.COORDINATOR,
            Role.HUB_ADMIN);

    @Override
    public String moduleId() {
        return LetterExchange.ID;
    }

    @Override
    public Set<Role> roles() {
        return CASE_WORKERS;
    }
}
