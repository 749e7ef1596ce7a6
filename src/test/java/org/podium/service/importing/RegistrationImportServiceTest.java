package org.podium.service.importing;

import org.podium.English;
import org.podium.service.common.CancelledException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.RegistrantField;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.ReportFormat;
import org.podium.domain.Suppression;
import org.podium.store.SuppressionStore;

class RegistrationImportServiceTest {
    @TempDir
    Path dir;
    ImportBook book;

    @AfterEach
    void close() {
        book.close();
    }

    private ImportBook book() {
        book = new ImportBook(dir);
        return book;
    }

    @Test
    void duplicatesWithinTheFileKeepTheFirstRowMatchingIgnoringCaseAndSpaces() {
        ImportBook b = book();
        ImportSummary s = b.commit(b.file("dups.csv", "Email,First Name\nana@x.org,Ana\n ANA@X.org ,Anna\nbo@x.org,Bo\n"
                + "ana@x.org,Third\n"), ImportOptions.defaults());

        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.duplicatesInFile()).isEqualTo(2);
        assertThat(s.notices()).extracting(ImportProblem::line).containsExactly(3L, 5L);
        assertThat(English.of(s.notices().get(0).phrase())).isEqualTo("The address ANA@X.org appears again: an earlier row is"
                + " kept and this one is left out.");
        assertThat(b.stored()).extracting(line -> line.split(" \\| ")[1]).containsExactly("Ana", "Bo");
    }

    @Test
    void twoSpellingsOfOneAddressKeepTheLowerCasedNormalisedOne() {
        ImportBook b = book();
        b.commit(b.file("spellings.csv", "Email,First Name\nAna@X.org,Ana\nana@x.org,Anna\nBo@X.org,Bo\n"
                + "Bo@X.org,Bo again\nCy@X.org,Cy\n"), ImportOptions.defaults());

        // The first row's values are kept; only its spelling of a repeated address gives way.
        assertThat(b.stored()).extracting(line -> line.split(" \\| ")[0] + " " + line.split(" \\| ")[1])
                .containsExactly("ana@x.org Ana", "Bo@X.org Bo", "Cy@X.org Cy");
    }

    @Test
    void aLargeFileIsImportedInBulkWithItsRepeatsFoundAndNamedByLine() {
        // Rows of ordinary length, enough of them (over 5 MB) for the writer to rebuild indexes.
        ImportBook b = book();
        b.register("kept@x.org", "Kept", RegistrationStatus.REGISTERED);
        StringBuilder text = new StringBuilder("Email,First Name,Organisation\n");
        for (int i = 0; i < 60_000; i++) {
            text.append("user").append(i).append("@example.org,User,\"Department of Social Inclusion, City Unit ")
                    .append(i % 50).append(" of the Metropolitan Area\"\n");
        }
        text.append("USER42@example.org,Again,\nkept@x.org,Changed,\nuser42@example.org,Thrice,\n");

        ImportSummary s = b.commit(b.file("large.csv", text.toString()), ImportOptions.defaults());

        assertThat(s).extracting(ImportSummary::rows, ImportSummary::imported, ImportSummary::unchanged,
                ImportSummary::duplicatesInFile).containsExactly(60_003L, 60_000L, 1L, 2L);
        assertThat(s.notices()).extracting(ImportProblem::line, p -> English.of(p.phrase())).containsExactly(
                org.assertj.core.groups.Tuple.tuple(60_002L, "The address USER42@example.org appears again: the row"
                        + " on line 44 is kept and this one is left out."),
                org.assertj.core.groups.Tuple.tuple(60_004L, "The address user42@example.org appears again: the row"
                        + " on line 44 is kept and this one is left out."));
        assertThat(b.count()).isEqualTo(60_001);
        assertThat(b.book.registrants().count(b.event.id(), java.util.Optional.of(RegistrationStatus.REGISTERED)))
                .isEqualTo(60_001);
        assertThat(b.stored().get(0)).startsWith("kept@x.org | Kept |");
    }

    @Test
    void registrantsTheEventHasAreLeftAloneOrWithUpdateGivenTheFilesValues() {
        ImportBook b = book();
        b.register("ana@x.org", "Ana", RegistrationStatus.REGISTERED);
        Path file = b.file("again.csv", "Email,First Name,Last Name\nANA@x.org,,Rossi\nana@x.org,Twice,\nbo@x.org,Bo,\n");

        ImportSummary left = b.commit(file, ImportOptions.defaults());
        assertThat(left).extracting(ImportSummary::imported, ImportSummary::updated, ImportSummary::unchanged,
                ImportSummary::duplicatesInFile).containsExactly(1L, 0L, 1L, 1L);
        assertThat(English.of(left.notices().get(0).phrase())).contains("the row on line 2 is kept");
        assertThat(b.stored().get(0)).startsWith("ana@x.org | Ana |  | ");

        ImportSummary updated = b.commit(file, ImportOptions.defaults().withUpdate(true));
        assertThat(updated).extracting(ImportSummary::imported, ImportSummary::updated, ImportSummary::unchanged,
                ImportSummary::duplicatesInFile).containsExactly(0L, 1L, 1L, 1L);
        assertThat(b.stored().get(0)).as("empty cells keep, given ones replace; the first row wins")
                .startsWith("ana@x.org | Ana | Rossi | ");

        ImportSummary again = b.commit(file, ImportOptions.defaults().withUpdate(true));
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void newRegistrantsBeyondCapacityAreWaitlistedInFileOrder() {
        book = new ImportBook(dir, 3);
        book.register("first@x.org", "First", RegistrationStatus.REGISTERED);
        book.register("gone@x.org", "Gone", RegistrationStatus.CANCELLED);
        ImportSummary s = book.commit(book.file("many.csv", "Email,Status\na@x.org,\nb@x.org,cancelled\nc@x.org,\n"
                + "d@x.org,\ne@x.org,checked in\n"), ImportOptions.defaults());

        assertThat(s.imported()).isEqualTo(5);
        assertThat(s.waitlisted()).isEqualTo(1);
        assertThat(book.stored()).extracting(line -> line.split(" \\| ")[0] + " " + line.split(" \\| ")[10])
                .containsExactly("first@x.org REGISTERED", "gone@x.org CANCELLED", "a@x.org REGISTERED",
                        "b@x.org CANCELLED", "c@x.org REGISTERED", "d@x.org WAITLISTED", "e@x.org ATTENDED");
    }

    @Test
    void aDryRunCountsEverythingAndWritesNothing() {
        ImportBook b = book();
        ImportSummary s = b.commit(b.fixture("generic-english.csv"), ImportOptions.defaults().withDryRun(true));

        assertThat(s.dryRun()).isTrue();
        assertThat(s.written()).isFalse();
        assertThat(s.imported()).isEqualTo(3);
        assertThat(b.count()).isZero();
    }

    @Test
    void cancellingRollsEverythingBack() {
        ImportBook b = book();
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("user").append(i).append("@x.org\n");
        }
        Path file = b.file("big.csv", text.toString());
        List<Long> progress = new ArrayList<>();
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(long done, long total) {
                progress.add(done);
            }

            @Override
            public boolean cancelled() {
                return progress.size() >= 2;
            }
        };

        assertThatThrownBy(() -> b.book.imports().commit(file, b.event.id(), ImportOptions.defaults(), cancelAfterTwo))
                .isInstanceOf(CancelledException.class).hasMessageContaining("nothing was written");
        assertThat(b.count()).isZero();
        assertThat(progress).hasSize(2).allMatch(done -> done > 0);
    }

    @Test
    void suppressedAddressesAreStillImported() {
        ImportBook b = book();
        new SuppressionStore(b.book.database()).add(new Suppression("ana@x.org", "unsubscribed", ImportBook.NOW));

        ImportSummary s = b.commit(b.file("s.csv", "Email\nana@x.org\n"), ImportOptions.defaults());

        assertThat(s.imported()).isEqualTo(1);
    }

    @Test
    void aChosenMappingOverridesTheDetectedOne() {
        ImportBook b = book();
        Path file = b.file("odd.csv", "Contact;Who;Memo\nana@x.org;Ana Rossi;hello\n");
        ImportSummary refused = b.commit(file, ImportOptions.defaults());
        assertThat(English.of(refused.errors().get(0).phrase())).contains("no email column");

        ImportSummary s = b.commit(file, ImportOptions.defaults().withMapping(List.of(RegistrantField.EMAIL,
                RegistrantField.FULL_NAME, RegistrantField.IGNORE)));
        assertThat(s.written()).isTrue();
        assertThat(b.stored()).singleElement().asString().startsWith("ana@x.org | Ana | Rossi |").endsWith("| {} | ");
    }

    @Test
    void aRowWithTwoProblemsCountsOnceAmongTheRowsWithProblemsAndEachProblemIsListed() {
        ImportBook b = book();
        Path file = b.file("two-wrongs.csv", "Email,First Name,Status\nana@x.org,Ana,registered\n"
                + "not-an-address,Bob,gone\nalso wrong,Cy,registered\n");

        ImportPreview p = b.book.imports().preview(file, b.event.id(), ImportOptions.defaults());

        assertThat(p.problems()).extracting(ImportProblem::line).containsExactly(3L, 3L, 4L);
        assertThat(p.errorRows()).isEqualTo(2);
        assertThat(p.validRows()).isEqualTo(1);
    }

    @Test
    void theEventMustExist() {
        ImportBook b = book();
        assertThatThrownBy(() -> b.book.imports().commit(b.fixture("generic-english.csv"), 999,
                ImportOptions.defaults(), Progress.NONE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPreviewShowsHowTheFileIsReadAndWhatItWouldStoreWritingNothing() {
        book = new ImportBook(dir, 2);
        book.register("liam.patuzzi@mpieurope.org", "Liam", RegistrationStatus.REGISTERED);
        Path file = book.fixture("generic-english.csv");

        ImportPreview p = book.book.imports().preview(file, book.event.id(), ImportOptions.defaults().withUpdate(true));

        assertThat(p.format()).isEqualTo(ReportFormat.GENERIC);
        assertThat(p.encoding()).isEqualTo("UTF-8");
        assertThat(p.encodingNotice()).isNull();
        assertThat(p.delimiter()).isEqualTo(",");
        assertThat(p.dateOrder()).isEqualTo("day/month/year");
        assertThat(p.headerLine()).isEqualTo(1);
        assertThat(p.columns()).extracting(ImportPreview.Column::header, ImportPreview.Column::field).startsWith(
                org.assertj.core.groups.Tuple.tuple("Email", RegistrantField.EMAIL));
        assertThat(p.columns().get(9).field()).isEqualTo(RegistrantField.CUSTOM);
        assertThat(p.rows()).extracting(r -> r.line() + " " + r.outcome() + " " + r.registration().status())
                .containsExactly("2 ADD REGISTERED", "3 ADD WAITLISTED", "4 UPDATE REGISTERED");
        assertThat(p.rows().get(2).registration().lastName()).isEqualTo("Patuzzi");
        assertThat(p.rows().get(0).registration().registeredAt()).isEqualTo(Instant.parse("2026-05-20T08:15:30Z"));
        assertThat(p).extracting(ImportPreview::dataRows, ImportPreview::validRows, ImportPreview::duplicatesInFile,
                ImportPreview::alreadyRegistered, ImportPreview::errorRows).containsExactly(3L, 3L, 0L, 1L, 0L);
        assertThat(p.canImport(false)).isTrue();
        assertThat(book.count()).isEqualTo(1);
    }

    @Test
    void aPreviewListsEveryProblemAndTheUnreadableFileSaysWhy() {
        ImportBook b = book();
        ImportPreview p = b.book.imports().preview(b.windowsFile(), b.event.id(), ImportOptions.defaults());
        assertThat(p.encoding()).isEqualTo("Windows-1252");
        assertThat(English.of(p.encodingNotice())).contains("Check that accented letters look right");
        assertThat(p.rows()).extracting(r -> r.registration().city()).containsExactly("Forlì", "Köln");

        ImportPreview bad = b.book.imports().preview(b.file("bad.csv", "Email\nok@x.org\nana@\nok@x.org\n"), b.event.id(),
                ImportOptions.defaults());
        assertThat(bad.problems()).extracting(ImportProblem::line, ImportProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, ImportProblem.Kind.ROW),
                org.assertj.core.groups.Tuple.tuple(4L, ImportProblem.Kind.NOTICE));
        assertThat(bad.canImport(false)).isFalse();
        assertThat(bad.canImport(true)).isTrue();

        ImportPreview empty = b.book.imports().preview(b.file("empty.csv", ""), b.event.id(), ImportOptions.defaults());
        assertThat(empty.format()).isNull();
        assertThat(empty.problems()).extracting(problem -> English.of(problem.phrase())).containsExactly("The file is empty.");
        assertThat(empty.canImport(true)).isFalse();

        ImportPreview noEmail = b.book.imports().preview(b.file("n.csv", "Name\nAna\n"), b.event.id(),
                ImportOptions.defaults());
        assertThat(noEmail.columns()).extracting(ImportPreview.Column::header).containsExactly("Name");
        assertThat(English.of(noEmail.problems().get(0).phrase())).contains("There is no email column");
    }
}
