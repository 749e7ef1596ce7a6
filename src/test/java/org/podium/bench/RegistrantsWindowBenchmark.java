package org.podium.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.podium.app.Composition;
import org.podium.app.PodiumWindow;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.ui.common.Messages;
import org.podium.ui.eventform.EventFormView;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.podium.ui.registrants.RegistrantsView;

/**
 * Measures the Registrants tab in the real window, headless, on an event of 100,000
 * registrants: the time from opening the tab to the first rows laid out in the table, and the
 * time of a keystroke in its search field from the key to the table laid out again. Not a
 * test: run it with the command in README.md ("Performance"); arguments: [REGISTRANTS] [RUNS].
 */
public final class RegistrantsWindowBenchmark {
    private static final long TIMEOUT_S = 60;

    private final Scene scene;
    private final Event big;
    private final Event small;
    private final int count;

    private RegistrantsWindowBenchmark(Scene scene, Event big, Event small, int count) {
        this.scene = scene;
        this.big = big;
        this.small = small;
        this.count = count;
    }

    public static void main(String[] args) throws Exception {
        // The same headless set-up as the surefire configuration in pom.xml.
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Locale.setDefault(Locale.UK);
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;

        Path dir = Files.createTempDirectory("podium-bench");
        long made = System.nanoTime();
        Book book = Composition.openBook(dir.resolve("bench.db"), Clock.systemUTC());
        Event big = RegistrantBookGenerator.writeBook(book, count);
        Event small = book.events().add(Event.builder("A small webinar", java.time.LocalDateTime.of(2026, 12, 11, 10, 0),
                java.time.ZoneId.of("Europe/Rome"), 60).build());
        RegistrantBookGenerator.insert(book.database(), small.id(), 25, java.time.Instant.parse("2026-12-10T10:00:00Z"), 1);
        book.samples().markOffered();
        System.out.printf("Book of %,d registrants written in %.1f s: %s%n", count, (System.nanoTime() - made) / 1e9,
                book.name());

        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
            shown.complete(stage.getScene());
        });
        RegistrantsWindowBenchmark bench = new RegistrantsWindowBenchmark(shown.get(TIMEOUT_S, TimeUnit.SECONDS), big, small,
                count);
        try {
            bench.run(runs);
        } finally {
            Platform.exit();
            book.close();
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private void run(int runs) throws Exception {
        System.out.printf("Machine: %d processors, %s; load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), BenchStats.cpuModel(), BenchStats.loadAverage());
        waitUntil(() -> eventTable().getItems().size() == 2);
        List<Double> first = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] t = openTab();
            first.add(t[0]);
            all.add(t[1]);
        }
        System.out.printf("%nOpen the Registrants tab of %,d registrants (the first run in a cold JVM, then the"
                + " median, min and max of the next %d), ms:%n", count, runs - 1);
        BenchStats.line("first rows laid out in the table", first);
        BenchStats.line("every row loaded and searchable", all);
        System.out.printf("  heap in use by the whole window with the list loaded: %.0f MB%n", BenchStats.heapInUse() / 1e6);

        keystrokes(runs);
        sorting(runs);
        bulkChange();
        System.out.printf("%nLoad average after: %s%n", BenchStats.loadAverage());
    }

    /** Leaves the big event, comes back to it on Overview, then times opening its Registrants tab. */
    private double[] openTab() throws Exception {
        showEvent(small);
        onFx(() -> {
            tabs().getSelectionModel().select(0);
            return null;
        });
        showEvent(big);
        CompletableFuture<Long> firstRows = new CompletableFuture<>();
        CompletableFuture<Long> allRows = new CompletableFuture<>();
        String complete = Messages.get("registrants.shown.all", count);
        Runnable check = () -> {
            if (!firstRows.isDone() && rowsLaidOut()) {
                firstRows.complete(System.nanoTime());
            }
            if (firstRows.isDone() && !allRows.isDone()
                    && ((javafx.scene.control.Label) scene.lookup("#" + RegistrantsView.SHOWN_ID)).getText().equals(complete)) {
                allRows.complete(System.nanoTime());
            }
        };
        long start = onFx(() -> {
            scene.addPostLayoutPulseListener(check);
            long t0 = System.nanoTime();
            TabPane tabs = tabs();
            tabs.getSelectionModel().select(registrantsTab(tabs));
            return t0;
        });
        long end = firstRows.get(TIMEOUT_S, TimeUnit.SECONDS);
        long loaded = allRows.get(TIMEOUT_S, TimeUnit.SECONDS);
        onFx(() -> {
            scene.removePostLayoutPulseListener(check);
            return null;
        });
        return new double[] {(end - start) / 1e6, (loaded - start) / 1e6};
    }

    private void keystrokes(int runs) throws Exception {
        TextField search = onFx(() -> (TextField) scene.lookup("#" + RegistrantsView.SEARCH_ID));
        String word = "rossi mil";
        List<Double> typeModel = new ArrayList<>();
        List<Double> typeLaidOut = new ArrayList<>();
        List<Double> eraseModel = new ArrayList<>();
        List<Double> eraseLaidOut = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (char c : word.toCharArray()) {
                double[] t = key(search, KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED);
                if (run > 0) {
                    typeModel.add(t[0]);
                    typeLaidOut.add(t[1]);
                }
            }
            int shown = onFx(() -> table().getItems().size());
            for (int i = 0; i < word.length(); i++) {
                double[] t = key(search, KeyEvent.KEY_PRESSED, "", KeyCode.BACK_SPACE);
                if (run > 0) {
                    eraseModel.add(t[0]);
                    eraseLaidOut.add(t[1]);
                }
            }
            if (run == 0) {
                System.out.printf("%nKeystrokes in the search field (\"%s\" typed, %d rows match, then erased;"
                        + " the first of %d runs left out as warm-up), ms:%n", word, shown, runs);
            }
        }
        BenchStats.report("typing (each narrows the last result)", typeModel, typeLaidOut);
        BenchStats.report("erasing (each scans every row)", eraseModel, eraseLaidOut);
        List<Double> allModel = new ArrayList<>(typeModel);
        allModel.addAll(eraseModel);
        List<Double> allLaidOut = new ArrayList<>(typeLaidOut);
        allLaidOut.addAll(eraseLaidOut);
        BenchStats.report("every keystroke", allModel, allLaidOut);
    }

    /** One key on the FX thread: ms to the filtered list, and to the table laid out with it. */
    private double[] key(TextField field, javafx.event.EventType<KeyEvent> type, String character, KeyCode code)
            throws Exception {
        double[] result = onFx(() -> {
            field.requestFocus();
            field.end();
            String before = field.getText();
            long t0 = System.nanoTime();
            field.fireEvent(new KeyEvent(type, character, "", code, false, false, false, false));
            long t1 = System.nanoTime();
            TableView<?> table = table();
            table.applyCss();
            table.layout();
            long t2 = System.nanoTime();
            if (field.getText().equals(before)) {
                throw new IllegalStateException("the key " + code + " '" + character + "' changed nothing");
            }
            return new double[] {(t1 - t0) / 1e6, (t2 - t0) / 1e6};
        });
        Thread.sleep(40);
        return result;
    }

    private void sorting(int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            int column = run % 2 == 0 ? 0 : 3;
            onFx(() -> {
                table().getSortOrder().clear();
                return null;
            });
            Thread.sleep(40);
            double t = onFx(() -> {
                TableView<?> table = table();
                TableColumn<?, ?> by = table.getColumns().get(column);
                long t0 = System.nanoTime();
                sortBy(table, by);
                table.applyCss();
                table.layout();
                return (System.nanoTime() - t0) / 1e6;
            });
            if (run > 0) {
                times.add(t);
            }
            Thread.sleep(40);
        }
        System.out.printf("%nSort all rows by name or organisation (click to table laid out), ms: median %.1f,"
                + " max %.1f%n", BenchStats.median(times), Collections.max(times));
    }

    /** Selects every row with Ctrl+A, sets them all to no-show and back with Undo, timing each to the table laid out. */
    private void bulkChange() throws Exception {
        onFx(() -> {
            table().getSortOrder().clear();
            table().requestFocus();
            javafx.event.Event.fireEvent(table(), new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.A,
                    false, !com.sun.javafx.PlatformUtil.isMac(), false, com.sun.javafx.PlatformUtil.isMac()));
            return null;
        });
        Thread.sleep(200);
        javafx.scene.control.MenuButton menu = onFx(() -> (javafx.scene.control.MenuButton)
                scene.lookup("#" + RegistrantsView.SET_STATUS_ID));
        double set = timedUntilNotice(() -> menu.getItems().stream()
                .filter(i -> i.getId().endsWith("NO_SHOW")).findFirst().orElseThrow().fire(), "set to");
        double undo = timedUntilNotice(() -> ((javafx.scene.control.Hyperlink) scene.lookup("#"
                + org.podium.ui.shell.ShellView.UNDO_ID)).fire(), "back to");
        System.out.printf("%nSet every row to no-show in one step, then Undo (to the table laid out), ms: %.0f, %.0f%n",
                set, undo);
    }

    private double timedUntilNotice(Runnable action, String notice) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Runnable check = () -> {
            for (Node n : scene.getRoot().lookupAll(".label")) {
                if (n instanceof javafx.scene.control.Label l && l.getText() != null && l.getText().contains(notice)) {
                    done.complete(System.nanoTime());
                }
            }
        };
        long start = onFx(() -> {
            scene.addPostLayoutPulseListener(check);
            long t0 = System.nanoTime();
            action.run();
            return t0;
        });
        long end = done.get(TIMEOUT_S * 4, TimeUnit.SECONDS);
        onFx(() -> {
            scene.removePostLayoutPulseListener(check);
            return null;
        });
        Thread.sleep(500);
        return (end - start) / 1e6;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sortBy(TableView table, TableColumn column) {
        table.getSortOrder().setAll(column);
    }

    private boolean rowsLaidOut() {
        TableView<?> table = table();
        if (table == null || table.getItems().isEmpty() || table.getScene() == null) {
            return false;
        }
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getItem() != null && row.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private void showEvent(Event event) throws Exception {
        onFx(() -> {
            TableView<EventRow> events = eventTable();
            events.getItems().stream().filter(r -> r.id() == event.id()).findFirst()
                    .ifPresent(r -> events.getSelectionModel().select(r));
            return null;
        });
        waitUntil(() -> onFx(() -> {
            Node title = scene.lookup("#" + EventFormView.TITLE_ID);
            TabPane tabs = tabs();
            return title instanceof TextField t && t.getText().equals(event.title()) && tabs != null
                    && tabs.getScene() != null;
        }));
    }

    @SuppressWarnings("unchecked")
    private TableView<EventRow> eventTable() {
        return (TableView<EventRow>) scene.lookup("#" + EventListView.TABLE_ID);
    }

    private TableView<?> table() {
        return (TableView<?>) scene.lookup("#" + RegistrantsView.TABLE_ID);
    }

    private TabPane tabs() {
        for (Node node : scene.getRoot().lookupAll(".tab-pane")) {
            if (node instanceof TabPane pane && pane.getScene() != null && registrantsTab(pane) != null) {
                return pane;
            }
        }
        return null;
    }

    private static Tab registrantsTab(TabPane pane) {
        return pane.getTabs().stream().filter(t -> t.getText().equals(Messages.get("events.tab.registrants")))
                .findFirst().orElse(null);
    }

    private static <T> T onFx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting");
            }
            Thread.sleep(5);
        }
    }
}
