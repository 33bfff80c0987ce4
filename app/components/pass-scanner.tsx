import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { IScannerControls } from "@zxing/browser";

// The pass scanner (入场码扫描) shared by a fair's entrance (/fairs/:id/check-in) and a booth's lead
// scanner (/fairs/:id/booth/scan), phone first. A pass is read by the rear camera (@zxing/browser), from
// a photo (从图片识别), or typed. Every scan gets a nonce and goes into a queue in localStorage BEFORE it
// is uploaded, so a dropped connection loses nothing: the page keeps scanning, shows 离线 · N 条待上传,
// and uploads when the browser says it is back ('online') and on a retry timer. The server answers each
// nonce once (a retry returns the stored answer), so uploading a scan twice is harmless.

export type ScannerAnswer = {
  nonce: string;
  message: string;
  /** Entrance scans: the outcome; lead scans: ok. */
  outcome?: string | null;
  ok?: boolean;
  student?: { name: string; school: string; program: string };
  checkedInAt?: string;
  checkedInBy?: string | null;
};

type Queued = { code: string; nonce: string; scannedAt: string; offline: boolean } & Record<string, unknown>;

const BATCH = 200;
const RETRY_MS = 5_000;
const SAME_CODE_MS = 3_000; // the camera reads one pass many times a second: one scan per pass and pause

const TIME = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });

function loadQueue(key: string): Queued[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? (parsed as Queued[]) : [];
  } catch {
    return [];
  }
}

function saveQueue(key: string, queue: Queued[]) {
  window.localStorage.setItem(key, JSON.stringify(queue));
}

function newNonce(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

function tone(answer: ScannerAnswer): "ok" | "warn" | "bad" {
  if (answer.outcome === "CHECKED_IN" || answer.ok === true) return "ok";
  if (answer.outcome === "ALREADY_CHECKED_IN") return "warn";
  return "bad";
}

export function PassScanner({
  endpoint,
  queueKey,
  submitLabel,
  extra,
  onUploaded,
  validate,
  children,
  uploadOnly = false,
}: {
  /** The scan schema's check of what was read (one schema for page and server): the code, or why it is refused. */
  validate: (raw: string) => { ok: true; code: string } | { ok: false; message: string };
  /** Where the queue is posted as JSON { scans: [...] }; answers { answers: ScannerAnswer[] }. */
  endpoint: string;
  /** The localStorage key of this page's queue (per fair and user). */
  queueKey: string;
  submitLabel: string;
  /** Fields added to each scan when it is made (a lead's position, note, rating). */
  extra?: () => Record<string, unknown>;
  /** After answers arrive (to refresh a count). */
  onUploaded?: () => void;
  /** Shown between the scanner and the typed code (a lead's fields). */
  children?: ReactNode;
  /** Only upload what this device queued earlier (the fair has closed): no camera, image or typed code. */
  uploadOnly?: boolean;
}) {
  const [pending, setPending] = useState(0);
  const [offline, setOffline] = useState(false);
  const [answer, setAnswer] = useState<ScannerAnswer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [camera, setCamera] = useState<"off" | "starting" | "on">("off");
  const videoRef = useRef<HTMLVideoElement>(null);
  const controlsRef = useRef<IScannerControls | null>(null);
  const uploading = useRef(false);
  const lastRead = useRef<{ text: string; at: number } | null>(null);
  const extraRef = useRef(extra);
  extraRef.current = extra;
  const uploadedRef = useRef(onUploaded);
  uploadedRef.current = onUploaded;

  const upload = useCallback(async () => {
    if (uploading.current) return;
    uploading.current = true;
    try {
      for (;;) {
        const queue = loadQueue(queueKey);
        setPending(queue.length);
        if (queue.length === 0) return;
        if (!navigator.onLine) {
          setOffline(true);
          return;
        }
        const batch = queue.slice(0, BATCH);
        let response: Response;
        try {
          response = await fetch(endpoint, {
            method: "POST",
            headers: { "Content-Type": "application/json", Accept: "application/json" },
            body: JSON.stringify({ scans: batch }),
            redirect: "manual",
          });
        } catch {
          // The network is down although the browser may not know: keep the queue, marked as offline scans.
          saveQueue(queueKey, loadQueue(queueKey).map((q) => ({ ...q, offline: true })));
          setOffline(true);
          return;
        }
        if (response.type === "opaqueredirect" || response.status >= 500) {
          setNotice(response.type === "opaqueredirect" ? "登录已过期，请重新登录后继续上传" : "服务器暂时无法处理，稍后自动重试");
          return;
        }
        setOffline(false);
        const sent = new Set(batch.map((q) => q.nonce));
        if (!response.ok) {
          // Refused as a whole (the fair closed, no permission): these scans will never be accepted.
          const body = (await response.json().catch(() => null)) as { message?: string } | null;
          setNotice(`${batch.length} 条扫码未被接受：${body?.message ?? "请求被拒绝"}`);
        } else {
          const { answers } = (await response.json()) as { answers: ScannerAnswer[] };
          const last = answers[answers.length - 1];
          if (last) {
            setAnswer(last);
            navigator.vibrate?.(tone(last) === "ok" ? 80 : [120, 60, 120]);
          }
          setNotice(null);
        }
        const rest = loadQueue(queueKey).filter((q) => !sent.has(q.nonce));
        saveQueue(queueKey, rest);
        setPending(rest.length);
        uploadedRef.current?.();
      }
    } finally {
      uploading.current = false;
    }
  }, [endpoint, queueKey]);

  const submit = useCallback(
    (raw: string) => {
      const checked = validate(raw);
      if (!checked.ok) {
        setAnswer({ nonce: "", outcome: "FORGED", message: checked.message });
        return false;
      }
      const scan: Queued = {
        ...extraRef.current?.(),
        code: checked.code,
        nonce: newNonce(),
        scannedAt: new Date().toISOString(),
        offline: !navigator.onLine,
      };
      const queue = [...loadQueue(queueKey), scan];
      saveQueue(queueKey, queue);
      setPending(queue.length);
      void upload();
      return true;
    },
    [queueKey, upload, validate],
  );

  useEffect(() => {
    setOffline(!navigator.onLine);
    void upload();
    const online = () => {
      setOffline(false);
      void upload();
    };
    const down = () => setOffline(true);
    window.addEventListener("online", online);
    window.addEventListener("offline", down);
    const timer = window.setInterval(() => void upload(), RETRY_MS);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", down);
      window.clearInterval(timer);
    };
  }, [upload]);

  useEffect(() => () => controlsRef.current?.stop(), []);

  async function startCamera() {
    setCamera("starting");
    try {
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      const reader = new BrowserQRCodeReader();
      controlsRef.current = await reader.decodeFromConstraints(
        { video: { facingMode: { ideal: "environment" } } },
        videoRef.current ?? undefined,
        (result) => {
          if (!result) return;
          const text = result.getText();
          const now = Date.now();
          if (lastRead.current && lastRead.current.text === text && now - lastRead.current.at < SAME_CODE_MS) return;
          lastRead.current = { text, at: now };
          submit(text);
        },
      );
      setCamera("on");
    } catch {
      setCamera("off");
      setNotice("无法打开摄像头：可以从图片识别或输入入场码");
    }
  }

  function stopCamera() {
    controlsRef.current?.stop();
    controlsRef.current = null;
    setCamera("off");
  }

  async function fromImage(file: File | undefined) {
    if (!file) return;
    try {
      // A data: URL, not a blob: one — the page's Content-Security-Policy allows img-src 'self' data: only.
      const url = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(file);
      });
      const { BrowserQRCodeReader } = await import("@zxing/browser");
      const result = await new BrowserQRCodeReader().decodeFromImageUrl(url);
      submit(result.getText());
    } catch {
      setAnswer({ nonce: "", outcome: null, message: "图片中没有识别到二维码" });
    }
  }

  function typed(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = form.elements.namedItem("code") as HTMLInputElement;
    if (submit(input.value)) input.value = "";
  }

  return (
    <div className="pass-scanner">
      <p className={`scan-queue${offline ? " scan-queue--offline" : ""}`} role="status" aria-live="polite">
        {offline ? `离线 · ${pending} 条待上传` : pending > 0 ? `${pending} 条待上传` : "已连接 · 无待上传"}
      </p>
      {answer ? <ScanAnswerBox answer={answer} /> : null}
      {notice ? <p className="errors" role="alert">{notice}</p> : null}
      {uploadOnly ? null : (
        <>
          <div className="scan-camera">
            <video ref={videoRef} className={camera === "off" ? "scan-video scan-video--off" : "scan-video"} muted playsInline />
            {camera === "off" ? (
              <button type="button" className="button-primary" onClick={() => void startCamera()}>
                开启摄像头扫码
              </button>
            ) : (
              <button type="button" className="button-secondary" onClick={stopCamera} disabled={camera === "starting"}>
                关闭摄像头
              </button>
            )}
          </div>
          <label className="field">
            <span>从图片识别</span>
            <input
              type="file"
              accept="image/*"
              name="image"
              onChange={(e) => {
                void fromImage(e.currentTarget.files?.[0]);
                e.currentTarget.value = "";
              }}
            />
          </label>
          {children}
          <form className="scan-typed" onSubmit={typed}>
            <label className="field">
              <span>输入入场码</span>
              <input name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={300} placeholder="F12-R345-XXXXXXXXXX" />
            </label>
            <button type="submit" className="button-primary">
              {submitLabel}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

function ScanAnswerBox({ answer }: { answer: ScannerAnswer }) {
  const t = tone(answer);
  return (
    <div className={`scan-answer scan-answer--${t}`} role="alert" data-outcome={answer.outcome ?? (answer.ok ? "OK" : "REFUSED")}>
      <p className="scan-answer-message">{answer.message}</p>
      {answer.student ? (
        <p className="scan-answer-student">
          <strong>{answer.student.name}</strong> · {answer.student.school} · {answer.student.program}
        </p>
      ) : null}
      {answer.outcome === "ALREADY_CHECKED_IN" && answer.checkedInAt ? (
        <p>{`${answer.checkedInBy ?? "工作人员"} 于 ${TIME.format(new Date(answer.checkedInAt))} 签到`}</p>
      ) : null}
    </div>
  );
}
