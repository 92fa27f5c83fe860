package vn.presswatch.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.presswatch.api.audit.AuditEntry;
import vn.presswatch.api.security.ApiToken;
import vn.presswatch.api.security.PasswordHasher;
import vn.presswatch.api.security.Role;
import vn.presswatch.api.security.User;
import vn.presswatch.store.ArticleStore;
import vn.presswatch.store.lucene.LuceneArticleStore;
import vn.presswatch.store.lucene.LuceneStoreSettings;

/** users: the command-line user management, against a real store in a temporary data directory. */
class UsersCommandTest {
    private static final Pattern ONE_TIME = Pattern.compile("one-time password: (\\S+)");

    @TempDir
    Path dir;

    private String[] args(String... command) {
        List<String> all = new ArrayList<>(List.of(command));
        all.add("--presswatch.data-dir=" + dir.resolve("data"));
        all.add("--presswatch.security.bcrypt-cost=4");
        return all.toArray(String[]::new);
    }

    @Test
    void anAddedUserGetsAOneTimePasswordThatMustBeChangedAndEveryChangeIsAudited() {
        CliRun added = CliRun.run(args("users", "add", "lan.nguyen", "--role", "editor", "--name", "Nguyễn Thị Lan"));
        assertThat(added.status()).as(added.err()).isZero();
        Matcher password = ONE_TIME.matcher(added.out());
        assertThat(password.find()).as(added.out()).isTrue();

        CliRun role = CliRun.run(args("users", "role", "lan.nguyen", "admin"));
        CliRun list = CliRun.run(args("users", "list"));

        assertThat(role.status()).isZero();
        assertThat(list.out()).contains("lan.nguyen", "admin", "Nguyễn Thị Lan", "1 người dùng");
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("data")))) {
            User user = store.records(User.RECORD_TYPE).get("lan.nguyen").orElseThrow();
            assertThat(user.role()).isEqualTo(Role.ADMIN);
            assertThat(user.mustChangePassword()).isTrue();
            assertThat(new PasswordHasher(4).matches(password.group(1), user.passwordHash())).isTrue();
            assertThat(store.records(AuditEntry.RECORD_TYPE).all()).extracting(AuditEntry::action)
                    .containsExactlyInAnyOrder("user.create", "user.role");
        }
    }

    @Test
    void theLastAdminCannotBeSwitchedOffAndAnUnknownRoleIsNamed() {
        CliRun.run(args("users", "add", "admin", "--role", "admin"));

        CliRun disable = CliRun.run(args("users", "disable", "admin"));
        CliRun badRole = CliRun.run(args("users", "role", "admin", "superuser"));

        assertThat(disable.status()).isEqualTo(PresswatchCli.FAILED);
        assertThat(disable.err()).contains("quản trị viên cuối cùng");
        assertThat(badRole.status()).isEqualTo(PresswatchCli.FAILED);
        assertThat(badRole.err()).contains("superuser", "viewer, editor hoặc admin");
    }

    @Test
    void aTokenIsPrintedOnceAndOnlyItsHashIsKept() {
        CliRun.run(args("users", "add", "may.doc"));

        CliRun token = CliRun.run(args("users", "token", "may.doc", "cổng thông tin phường"));

        assertThat(token.status()).as(token.err()).isZero();
        Matcher m = Pattern.compile("(pw_[A-Za-z0-9_-]{40,})").matcher(token.out());
        assertThat(m.find()).isTrue();
        try (ArticleStore store = new LuceneArticleStore(LuceneStoreSettings.defaults(dir.resolve("data")))) {
            List<ApiToken> tokens = store.records(ApiToken.RECORD_TYPE).all();
            assertThat(tokens).singleElement().satisfies(t -> {
                assertThat(t.username()).isEqualTo("may.doc");
                assertThat(t.name()).isEqualTo("cổng thông tin phường");
                assertThat(t.sha256()).doesNotContain(m.group(1)).hasSize(64);
            });
        }
    }

    @Test
    void aSubcommandIsRequired() {
        assertThat(CliRun.run(args("users")).status()).isEqualTo(PresswatchCli.USAGE_ERROR);
    }
}
