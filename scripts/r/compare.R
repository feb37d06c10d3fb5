# Live comparison of `vigie analyse` with R on inputs the committed fixtures do not cover: the
# 2016 burglaries of Chicago. Exit status 1 on any difference beyond the promised tolerance.
# Usage: Rscript scripts/r/compare.R <vigie binary> <burglary csv> <scratch folder>
suppressMessages({ library(spatstat); library(spdep); library(jsonlite, quietly = TRUE, warn.conflicts = FALSE) })
args <- commandArgs(trailingOnly = TRUE)
vigie <- args[1]; csv <- args[2]; tmp <- args[3]
b <- read.csv(csv)
b <- b[format(as.Date(b$date_single, "%d/%m/%Y"), "%Y") == "2016", ]
events <- file.path(tmp, "events_2016.csv")
write.csv(data.frame(x = sprintf("%.17g", b$x), y = sprintf("%.17g", b$y), date = b$date_single),
          events, row.names = FALSE, quote = FALSE)
run <- function(...) {
  status <- system2(vigie, c("analyse", ...), stdout = TRUE)
  if (!is.null(attr(status, "status"))) stop("vigie failed: ", paste(c(...), collapse = " "))
  status
}
ok <- TRUE
check <- function(what, worst, tolerance) {
  cat(sprintf("%-40s écart max %.2e (tolérance %.0e) %s\n", what, worst, tolerance,
              if (worst <= tolerance) "ok" else "ÉCHEC"))
  if (!(worst <= tolerance)) ok <<- FALSE
}
X <- suppressWarnings(ppp(b$x, b$y, window = owin(range(b$x), range(b$y))))  # duplicated points are real: same address
for (k in list(list("gaussien", "gaussian", 400), list("quartique", "quartic", 700),
               list("uniforme", "disc", 500))) {
  out <- file.path(tmp, "kde.csv")
  run("kde", events, "--kernel", k[[1]], "--sigma", k[[3]], "--pixels", 150, "-o", out)
  ours <- read.csv(out)$density
  d <- density.ppp(X, sigma = k[[3]], kernel = k[[2]], dimyx = c(150, 150))
  theirs <- as.vector(t(d$v))
  floor <- 1e-6 * max(abs(theirs))  # below a millionth of the peak R shows FFT noise
  check(paste("density.ppp", k[[2]]), max(abs(ours - theirs) / pmax(abs(theirs), floor)), 1e-6)
}
cells <- file.path(tmp, "gistar.csv")
invisible(run("gistar", events, "--cell", 300, "--distance", 600, "-o", cells))
g <- read.csv(cells)
lw <- nb2listw(include.self(dnearneigh(cbind(g$x, g$y), 0, 600)), style = "B")
z <- as.numeric(localG(g$value, lw))
check("localG (mêmes mailles, mêmes poids)", max(abs(g$z - z) / pmax(abs(z), 1)), 1e-9)
check("p ajustées BH (p.adjust)", max(abs(g$p_fdr - p.adjust(2 * pnorm(-abs(z)), "BH"))), 1e-12)
temporal <- fromJSON(paste(run("temporal", events, "--format", "json"), collapse = "\n"))
counts <- temporal$months$count
test <- cor.test(seq_along(counts), counts, method = "kendall", exact = FALSE, continuity = TRUE)
check("Mann-Kendall z (cor.test)", abs(temporal$trend$z - test$statistic), 1e-12)
if (!ok) quit(status = 1)
