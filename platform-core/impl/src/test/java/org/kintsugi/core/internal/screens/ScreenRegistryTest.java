package org.kintsugi.core.internal.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.security.Role;
import org.kintsugi.core.spi.ui.ModuleScreen;

class ScreenRegistryTest {
    @Test
    void aScreenMustStayInsideItsModulesFolderAndNameItsRoles() {
        assertNull(ScreenRegistry.problemWith(screen("letters/review.js", Set.of(Role.PRACTITIONER))));
        assertNotNull(ScreenRegistry.problemWith(screen("../core/admin.js", Set.of(Role.PRACTITIONER))));
        assertNotNull(ScreenRegistry.problemWith(screen("https://example.invalid/x.js", Set.of(Role.PRACTITIONER))));
        assertNotNull(ScreenRegistry.problemWith(screen("/etc/passwd.js", Set.of(Role.PRACTITIONER))));
        assertNotNull(ScreenRegistry.problemWith(screen("review.html", Set.of(Role.PRACTITIONER))));
        assertNotNull(ScreenRegistry.problemWith(screen("review.js", Set.of())));
        ScreenRegistry registry = new ScreenRegistry();
        registry.add(screen("review.js", Set.of(Role.COORDINATOR)));
        registry.add(screen("../x.js", Set.of(Role.COORDINATOR)));
        assertEquals(1, registry.all().size());
    }

    private static ModuleScreen screen(String entry, Set<Role> roles) {
        return new ModuleScreen() {
            @Override
            public String moduleId() {
                return "letter-exchange";
            }

            @Override
            public String id() {
                return "review";
            }

            @Override
            public String labelKey() {
                return "letters.review.title";
            }

            @Override
            public String entryPoint() {
                return entry;
            }

            @Override
            public Placement placement() {
                return Placement.CASE;
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public Set<Role> roles() {
                return roles;
            }
        };
    }
}
