package org.kintsugi.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kintsugi.core.api.cases.ParticipantRole;
import org.kintsugi.core.spi.cases.ContactKind;
import org.kintsugi.core.spi.module.RestorativeService;

class ModuleRegistryTest {
    @Test
    void aWellDescribedModuleIsInstalledAndABadlyDescribedOneIgnored() {
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(module("storytelling", Set.of(ParticipantRole.PERSON_HARMED), Set.of()));
        registry.add(module("Bad Id", Set.of(ParticipantRole.PERSON_HARMED), Set.of()));
        registry.add(module("no-roles", Set.of(), Set.of(ContactKind.DIRECT)));
        registry.add(module("null-kinds", Set.of(ParticipantRole.PERSON_HARMED), null));
        assertEquals(Set.of("storytelling"), registry.installed().keySet());
        assertNull(ModuleRegistry.problemWith(module("letter-exchange", Set.of(ParticipantRole.PERSON_HARMED,
                ParticipantRole.PERSON_RESPONSIBLE), Set.of(ContactKind.INDIRECT))));
        assertNotNull(ModuleRegistry.problemWith(module("x", Set.of(ParticipantRole.PERSON_HARMED), Set.of())));
    }

    private static RestorativeService module(String id, Set<ParticipantRole> roles, Set<ContactKind> kinds) {
        return new RestorativeService() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String displayName() {
                return "Synthetic service " + id;
            }

            @Override
            public Set<ParticipantRole> participantRoles() {
                return roles;
            }

            @Override
            public Set<ContactKind> contactKinds() {
                return kinds;
            }
        };
    }
}
