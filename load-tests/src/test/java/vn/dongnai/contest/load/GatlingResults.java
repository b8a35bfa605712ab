package vn.dongnai.contest.load;

import io.gatling.charts.stats.CountsVsTimePlot;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.charts.stats.StatsPath;
import io.gatling.commons.stats.OK$;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.stats.ErrorStats;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Figures per request name from a run's simulation.log, read with Gatling's own parser (the one
 * its HTML report uses; Gatling 3.12+ writes the log in a binary format). Rates are over the
 * seconds in which the request was actually sent, not the whole run: a 10-second spike inside a
 * two-minute run is reported as the spike's rate.
 */
final class GatlingResults {

    record RequestFigures(String name, long count, long ok, long ko, double ratePerSecond, int peakPerSecond,
                          int p50, int p95, int p99, int max, int activeSeconds, int medianPerSecond) {
    }

    record Error(String message, int count) {
    }

    private final LogFileData data;

    private GatlingResults(LogFileData data) {
        this.data = data;
    }

    static GatlingResults read(Path simulationLog) {
        return new GatlingResults(new LogFileReader(simulationLog.toFile(), GatlingConfiguration.load()).read());
    }

    List<RequestFigures> requests() {
        Set<String> names = new LinkedHashSet<>();
        for (StatsPath path : CollectionConverters.asJava(data.statsPaths())) {
            if (path instanceof RequestStatsPath request) {
                names.add(request.request());
            }
        }
        List<RequestFigures> figures = new ArrayList<>();
        for (String name : names) {
            figures.add(figures(Option.apply(name), name));
        }
        return figures;
    }

    RequestFigures all() {
        return figures(Option.empty(), "all requests");
    }

    List<Error> errors() {
        List<Error> errors = new ArrayList<>();
        for (ErrorStats e : CollectionConverters.asJava(data.errors(Option.empty(), Option.empty()))) {
            errors.add(new Error(e.message(), e.count()));
        }
        return errors;
    }

    private RequestFigures figures(Option<String> name, String label) {
        GeneralStats all = data.requestGeneralStats(name, Option.empty(), Option.empty()).get();
        Option<GeneralStats> okStats = data.requestGeneralStats(name, Option.empty(), Option.apply(OK$.MODULE$));
        long ok = okStats.isDefined() ? okStats.get().count() : 0;
        List<CountsVsTimePlot> perSecond = CollectionConverters.asJava(data.numberOfRequestsPerSecond(name, Option.empty()));
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int peak = 0;
        List<Integer> busy = new ArrayList<>();
        for (CountsVsTimePlot plot : perSecond) {
            int total = plot.oks() + plot.kos();
            if (total > 0) {
                first = Math.min(first, plot.time());
                last = Math.max(last, plot.time());
                peak = Math.max(peak, total);
                busy.add(total);
            }
        }
        // the rate held in a typical second: a ramp-up or a straggling last second does not pull it down
        busy.sort(null);
        int median = busy.isEmpty() ? 0 : busy.get(busy.size() / 2);
        int activeSeconds = first > last ? 0 : Math.max(1, (last - first) / 1000 + 1);
        double rate = activeSeconds == 0 ? 0 : all.count() / (double) activeSeconds;
        return new RequestFigures(label, all.count(), ok, all.count() - ok, rate, peak,
                percentile(all, 50), percentile(all, 95), percentile(all, 99), all.max(), activeSeconds, median);
    }

    private static int percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).intValue();
    }
}
