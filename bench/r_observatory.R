# The R peers of bench/observatory_bench.cc on the same inputs: spatstat's density.ppp on the
# polygonal window (owin) at 256 × 256, and spdep's localG on the 250 m fishnet limited to it
# (cells meeting the window), neighbours within 500 m. Usage: Rscript bench/r_observatory.R <csv> <folder>
suppressMessages({ library(spatstat); library(spdep) })
args <- commandArgs(trailingOnly = TRUE)
b <- read.csv(args[1]); folder <- args[2]
ring <- read.table(file.path(folder, "window.txt"))
sigma <- scan(file.path(folder, "parameters.txt"), quiet = TRUE)[1]
W <- owin(poly = list(x = ring$V1, y = ring$V2))
inside <- inside.owin(b$x, b$y, W)
X <- suppressWarnings(ppp(b$x[inside], b$y[inside], window = W))
best <- function(f, runs = 3) min(replicate(runs, system.time(f())[["elapsed"]]))
kde <- best(function() density.ppp(X, sigma = sigma, dimyx = c(256, 256)))
cell <- 250
xr <- Frame(W)$xrange; yr <- Frame(W)$yrange
gistar <- function() {
  nc <- ceiling(diff(xr) / cell); nr <- ceiling(diff(yr) / cell)
  ids <- 0:(nc * nr - 1)
  cx <- xr[1] + (ids %% nc + 0.5) * cell; cy <- yr[1] + (ids %/% nc + 0.5) * cell
  h <- cell / 2
  keep <- inside.owin(cx, cy, W) | inside.owin(cx - h, cy - h, W) | inside.owin(cx + h, cy - h, W) |
    inside.owin(cx - h, cy + h, W) | inside.owin(cx + h, cy + h, W)
  col <- pmin(floor((X$x - xr[1]) / cell), nc - 1); row <- pmin(floor((X$y - yr[1]) / cell), nr - 1)
  counts <- tabulate(row * nc + col + 1, nbins = nc * nr)[keep]
  nb <- include.self(dnearneigh(cbind(cx[keep], cy[keep]), 0, 2 * cell))
  localG(counts, nb2listw(nb, style = "B", zero.policy = TRUE))
}
gi <- best(gistar)
cat(sprintf("  R (spatstat %s, spdep %s), meilleur de 3 : densité 256² fenêtre polygonale %.0f ms ; Gi* 250 m découpé %.0f ms ; Knox : pas d'équivalent dans R (voir vigie analyse)\n",
            as.character(packageVersion("spatstat.explore")), as.character(packageVersion("spdep")),
            kde * 1000, gi * 1000))
