// vigie_bench near-repeat <csv> | hotspots <csv> <folder> | make-strategy | healthz |
// login-timing (server_bench.cc): timings printed beside their peers.
#include <iostream>
#include <string>

int near_repeat_bench(const std::string& csv);
int hotspots_bench(const std::string& csv, const std::string& folder);
int server_bench(int argc, char** argv);
int observatory_bench(const std::string& csv, const std::string& folder);

int main(int argc, char** argv) {
  const std::string what = argc > 1 ? argv[1] : "";
  if (what == "near-repeat" && argc == 3) return near_repeat_bench(argv[2]);
  if (what == "hotspots" && argc == 4) return hotspots_bench(argv[2], argv[3]);
  if (what == "observatory" && argc == 4) return observatory_bench(argv[2], argv[3]);
  if (what == "make-strategy" || what == "healthz" || what == "login-timing" || what == "get") {
    int status = server_bench(argc, argv);
    if (status != 2) return status;
  }
  std::cerr << "usage: vigie_bench near-repeat <csv> | hotspots <csv> <dossier> | make-strategy "
               "<seed> <fiches> <jalons> | healthz <port> idle|flood|import [identifiant mot-de-"
               "passe territoire document] | login-timing <port> <identifiant> <mot-de-passe> "
               "<identifiant-désactivé> | get <port> <identifiant> <mot-de-passe> <cible> <n> | "
               "observatory <csv> <dossier>\n";
  return 2;
}
