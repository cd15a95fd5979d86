package org.kintsugi.itests;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.osgi.framework.BundleContext;

/** Synthetic accounts written straight into the database, with an Argon2id hash as the core writes it. */
final class TestUsers {
    private TestUsers() {
    }

    static String create(BundleContext context, String username, String password, String role) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = TestDatabase.connect(context)) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO user_account (id, username, display_name, "
                    + "password_hash, enabled, created_at, password_changed_at, version) VALUES (?,?,?,?,true,?,?,0)")) {
                Timestamp now = Timestamp.from(Instant.now());
                s.setString(1, id);
                s.setString(2, username);
                s.setString(3, "Synthetic test user");
                s.setString(4, argon2id(password));
                s.setTimestamp(5, now);
                s.setTimestamp(6, now);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?,?)")) {
                s.setString(1, id);
                s.setString(2, role);
                s.executeUpdate();
            }
        }
        return id;
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String argon2id(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(19 * 1024).withIterations(2).withParallelism(1).withSalt(salt).build());
        byte[] hash = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=19456,t=2,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
