import { boothLabel, boothRows } from "~/lib/fairs";

// The fair's booth map (rows of boothsPerRow, labelled A01 …): taken booths greyed, the viewer's own
// marked; with `choose`, each free booth is a submit button of the surrounding form (intent=choose).

export function BoothMap({
  boothCount,
  boothsPerRow,
  taken,
  own = null,
  choose = false,
}: {
  boothCount: number;
  boothsPerRow: number;
  taken: readonly number[];
  own?: number | null;
  choose?: boolean;
}) {
  const takenSet = new Set(taken);
  return (
    <div className="booth-map" role="group" aria-label="展位图">
      {boothRows(boothCount, boothsPerRow).map((row) => (
        <div className="booth-row" key={row[0]}>
          {row.map((no) => {
            const text = boothLabel(no, boothsPerRow);
            const state = no === own ? "own" : takenSet.has(no) ? "taken" : "free";
            if (choose && state === "free") {
              return (
                <button key={no} type="submit" name="boothNo" value={no} className="booth free" aria-label={`选择展位 ${text}`}>
                  {text}
                </button>
              );
            }
            return (
              <span key={no} className={`booth ${state}`} title={state === "taken" ? "已占用" : state === "own" ? "本企业展位" : "空闲"}>
                {text}
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
}
