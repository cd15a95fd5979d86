package org.kintsugi.core.internal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 30,000 most common passwords of the zxcvbn project, unpacked into this bundle at build
 * time from the {@code com.nulab-inc:zxcvbn} artifact (see the pom).
 */
public final class CommonPasswords {
    static final String RESOURCE = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    public static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Common-password list missing from the bundle: " + RESOURCE);
            }
            Set<String> set = new HashSet<>(40_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    set.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
            return new CommonPasswords(Set.copyOf(set));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String candidate) {
        return passwords.contains(candidate.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
