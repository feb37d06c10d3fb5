# The R peers of bench/hotspots_bench.cc: spatstat's density.ppp and spdep's localG timed on the
# same 2014 burglaries, and their outputs compared with Vigie's (written in <folder>).
# Usage: Rscript bench/r_peers.R <csv> <folder>
suppressMessages({ library(spatstat); library(spdep) })
args <- commandArgs(trailingOnly = TRUE)
csv <- args[1]; folder <- args[2]
b <- read.csv(csv)
b <- b[format(as.Date(b$date_single, "%d/%m/%Y"), "%Y") == "2014", ]
X <- suppressWarnings(ppp(b$x, b$y, window = owin(range(b$x), range(b$y))))  # duplicated points are real: same address
best <- function(f, runs = 3) min(replicate(runs, system.time(f())[["elapsed"]]))
worst_relative <- function(ours, theirs) {
  floor <- 1e-6 * max(abs(theirs))  # below a millionth of the peak R shows FFT noise
  max(abs(ours - theirs) / pmax(abs(theirs), floor))
}
times <- c(); diffs <- c()
kde <- list(gaussian_default_128 = list(kernel = "gaussian", sigma = NULL, n = 128),
            gaussian_500_512 = list(kernel = "gaussian", sigma = 500, n = 512),
            quartic_300_256 = list(kernel = "quartic", sigma = 300, n = 256))
for (name in names(kde)) {
  k <- kde[[name]]
  run <- function() density.ppp(X, sigma = k$sigma, kernel = k$kernel, dimyx = c(k$n, k$n))
  times[paste0("kde_", name)] <- best(run)
  d <- run()
  theirs <- as.vector(t(d$v))  # row by row from the bottom, as Vigie writes them
  ours <- scan(file.path(folder, paste0("vigie_kde_", name, ".txt")), quiet = TRUE)
  diffs[paste0("kde_", name)] <- worst_relative(ours, theirs)
}
cell <- 250; band <- 500
gistar <- function() {
  xmin <- min(b$x); ymin <- min(b$y)
  ncol <- max(1, ceiling((max(b$x) - xmin) / cell)); nrow <- max(1, ceiling((max(b$y) - ymin) / cell))
  col <- pmin(floor((b$x - xmin) / cell), ncol - 1); row <- pmin(floor((b$y - ymin) / cell), nrow - 1)
  counts <- tabulate(row * ncol + col + 1, nbins = ncol * nrow)
  ids <- 0:(ncol * nrow - 1)
  xy <- cbind(xmin + (ids %% ncol + 0.5) * cell, ymin + (ids %/% ncol + 0.5) * cell)
  as.numeric(localG(counts, nb2listw(include.self(dnearneigh(xy, 0, band)), style = "B")))
}
times["gistar_250_500"] <- best(gistar)
z <- gistar()
diffs["gistar_250_500"] <- max(abs(scan(file.path(folder, "vigie_gistar_250_500.txt"), quiet = TRUE) - z) /
                               pmax(abs(z), 1))
write.table(data.frame(names(times), times, diffs[names(times)]), file.path(folder, "r_times.tsv"),
            sep = "\t", quote = FALSE, row.names = FALSE, col.names = FALSE)
