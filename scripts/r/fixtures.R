# Writes the reference outputs of R (spatstat, spdep, stats) that the unit tests compare with.
# Run from the repository root: Rscript scripts/r/fixtures.R  (scripts/r-compare.sh installs R).
suppressMessages({ library(spatstat); library(spdep) })
out <- "tests/fixtures/r"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
g17 <- function(v) sprintf("%.17g", v)

arson <- read.csv("tests/fixtures/near-repeat/chicago_arson.csv", header = FALSE)
X <- suppressWarnings(ppp(arson$V1, arson$V2, window = owin(range(arson$V1), range(arson$V2))))  # duplicated points are real: same address

# Kernel density: spatstat's density.ppp on the events' bounding box.
kde_case <- function(name, ..., values_only = FALSE) {
  d <- density.ppp(X, ...)
  grid <- expand.grid(col = seq_len(ncol(d$v)), row = seq_len(nrow(d$v)))
  v <- d$v[cbind(grid$row, grid$col)]
  lines <- if (values_only) g17(v) else
    paste(g17(d$xcol[grid$col]), g17(d$yrow[grid$row]), g17(v), sep = ",")
  header <- sprintf("# density.ppp %s; sigma=%s; rows=%d; columns=%d", name,
                    g17(attr(d, "sigma")), nrow(d$v), ncol(d$v))
  writeLines(c(header, lines), file.path(out, paste0("kde_", name, ".csv")))
}
kde_case("gaussian_default", values_only = TRUE)
kde_case("gaussian_noedge", sigma = 1500, edge = FALSE, dimyx = c(40, 64))
kde_case("quartic", kernel = "quartic", sigma = 1000, dimyx = c(48, 64))
kde_case("uniform", kernel = "disc", sigma = 800, dimyx = c(50, 50))

# Kernel density with a polygonal window (issue 14 §2): an irregular, concave polygon over the
# arsons' area; points outside it are left out (as ppp does), the grid is the polygon's frame.
kde_polygon_case <- function(name, ..., dimyx) {
  xr <- range(arson$V1); yr <- range(arson$V2)
  fx <- c(0.05, 0.4, 0.9, 0.98, 0.6, 0.45, 0.1); fy <- c(0.2, 0.02, 0.1, 0.6, 0.97, 0.55, 0.8)
  px <- xr[1] + fx * diff(xr); py <- yr[1] + fy * diff(yr)
  W <- owin(poly = list(x = px, y = py))
  inside <- inside.owin(arson$V1, arson$V2, W)
  Y <- suppressWarnings(ppp(arson$V1[inside], arson$V2[inside], window = W))
  d <- density.ppp(Y, ..., dimyx = dimyx)
  grid <- expand.grid(col = seq_len(ncol(d$v)), row = seq_len(nrow(d$v)))
  v <- d$v[cbind(grid$row, grid$col)]
  header <- c(sprintf("# density.ppp %s on a polygonal owin; sigma=%s; rows=%d; columns=%d; points=%d",
                      name, g17(attr(d, "sigma")), nrow(d$v), ncol(d$v), npoints(Y)),
              paste0("# polygon x=", paste(g17(px), collapse = " ")),
              paste0("# polygon y=", paste(g17(py), collapse = " ")))
  writeLines(c(header, ifelse(is.na(v), "NA", g17(v))), file.path(out, paste0("kde_", name, ".csv")))
}
kde_polygon_case("polygon_gaussian", sigma = 1500, dimyx = c(64, 64))
kde_polygon_case("polygon_quartic", kernel = "quartic", sigma = 1200, dimyx = c(48, 56))

# Getis-Ord Gi* on a fishnet of square cells over the bounding box, binary distance band
# including the cell itself (spdep: dnearneigh + include.self, style "B", localG).
gistar_case <- function(name, cell, band) {
  xmin <- min(arson$V1); ymin <- min(arson$V2)
  ncol <- max(1, ceiling((max(arson$V1) - xmin) / cell))
  nrow <- max(1, ceiling((max(arson$V2) - ymin) / cell))
  col <- pmin(floor((arson$V1 - xmin) / cell), ncol - 1)
  row <- pmin(floor((arson$V2 - ymin) / cell), nrow - 1)
  counts <- tabulate(row * ncol + col + 1, nbins = ncol * nrow)
  ids <- 0:(ncol * nrow - 1)
  cx <- xmin + (ids %% ncol + 0.5) * cell
  cy <- ymin + (ids %/% ncol + 0.5) * cell
  nb <- include.self(dnearneigh(cbind(cx, cy), 0, band))
  z <- as.numeric(localG(counts, nb2listw(nb, style = "B")))
  writeLines(c(sprintf("# localG cell=%s band=%s", cell, band), "id,x,y,count,neighbours,z",
               paste(ids, g17(cx), g17(cy), counts, card(nb), g17(z), sep = ",")),
             file.path(out, paste0("gistar_", name, ".csv")))
}
gistar_case("1000_1500", 1000, 1500)
gistar_case("500_1000", 500, 1000)

# Mann-Kendall on the monthly burglaries: Kendall's tau between time and count, normal
# approximation with ties and continuity correction (stats::cor.test), and Sen's slope.
burglary <- read.csv("data/incidents/chicago_burglary_2014_2017.csv")
month <- format(as.Date(burglary$date_single, "%d/%m/%Y"), "%Y-%m")
series <- as.numeric(table(month))
test <- cor.test(seq_along(series), series, method = "kendall", exact = FALSE, continuity = TRUE)
pairs <- combn(length(series), 2)
sen <- median((series[pairs[2, ]] - series[pairs[1, ]]) / (pairs[2, ] - pairs[1, ]))
writeLines(c("month,count", paste(names(table(month)), series, sep = ","),
             paste0("# z=", g17(test$statistic), " p=", g17(test$p.value),
                    " tau=", g17(test$estimate), " sen=", g17(sen))),
           file.path(out, "mann_kendall_monthly.csv"))
cat("fixtures written to", out, "\n")
