package io.fmbench.kernel.cli;

import io.fmbench.kernel.adapters.WeightsDownload;
import io.fmbench.spi.ModelConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "download-weights", mixinStandardHelpOptions = true,
        description = "Downloads a model artifact into the weights cache ($FMBENCH_CACHE_DIR/weights, else ~/.cache/fmbench/weights), "
                + "resuming a partial download and verifying its SHA-256. Model configs refer to it as cache:NAME/FILE.")
final class DownloadWeightsCommand implements Callable<Integer> {

    @Option(names = "--url", required = true, description = "http(s) URL of the artifact.")
    URI url;

    @Option(names = "--sha256", required = true, paramLabel = "HEX", description = "Expected SHA-256 (64 hex digits).")
    String sha256;

    @Option(names = "--name", paramLabel = "DIR", description = "Folder in the cache (default: the URL's host).")
    String name;

    @Option(names = "--filename", paramLabel = "F", description = "File name (default: the URL's last path segment).")
    String filename;

    @Option(names = "--extract", description = "Unpack a .zip, .tar, .tar.gz or .tgz into a folder next to it (named like the archive without its suffix).")
    boolean extract;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new CommandLine.ParameterException(spec.commandLine(), "--url must be an http or https URL");
        String dir = name != null ? name : url.getHost();
        String file = filename != null ? filename : WeightsDownload.fileNameOf(url);
        for (String part : new String[] {dir, file})
            if (part.isBlank() || part.contains("/") || part.contains("\\") || part.startsWith("."))
                throw new CommandLine.ParameterException(spec.commandLine(), "--name and --filename must be plain names, got '" + part + "'");
        Path target = ModelConfig.weightsCache().resolve(dir).resolve(file);
        WeightsDownload.Result r = new WeightsDownload().fetch(url, sha256, target);
        Path ready = extract ? io.fmbench.kernel.adapters.WeightsDownload.extract(r.file()) : r.file();
        System.out.println((r.reused() ? "Weights already cached (SHA-256 verified)" : r.resumed() ? "Weights downloaded (resumed)" : "Weights downloaded")
                + ": " + ready);
        System.out.println("  SHA-256: " + sha256.toLowerCase(java.util.Locale.ROOT) + ", " + r.bytes() + " bytes");
        System.out.println("  In a model config: " + ModelConfig.CACHE_PREFIX + dir + "/" + (extract ? ready.getFileName() : file));
        return 0;
    }
}
