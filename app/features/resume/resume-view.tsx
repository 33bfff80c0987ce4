import { useState } from "react";

/** The fields any résumé view shows: the live résumé or the copy an application carries. */
export type ResumeFields = {
  intro: string | null;
  skills: string | null;
  certificates: string | null;
  experience: string | null;
  phone: string | null;
  wechat: string | null;
};

const SECTIONS = [
  ["intro", "自我介绍"],
  ["skills", "技能"],
  ["certificates", "证书"],
  ["experience", "实习与经历"],
] as const;

/**
 * A résumé as others read it: its texts (plain text, line breaks kept by CSS) and the contacts, the
 * phone as a `tel:` link a phone dials with one tap, the WeChat id as text to copy. Empty fields are
 * left out. `note` says under which consent the viewer sees it (e.g. 投递时分享).
 */
export function ResumeSection({ resume, heading = "简历", note }: { resume: ResumeFields; heading?: string; note?: string }) {
  return (
    <section className="resume" aria-label={heading}>
      <h3>{heading}</h3>
      {note ? <p className="muted">{note}</p> : null}
      <dl className="facts">
        {resume.phone ? (
          <>
            <dt>手机</dt>
            <dd>
              <a className="tel" href={`tel:${resume.phone}`}>
                {resume.phone}
              </a>
            </dd>
          </>
        ) : null}
        {resume.wechat ? (
          <>
            <dt>微信</dt>
            <dd>
              <WechatId id={resume.wechat} />
            </dd>
          </>
        ) : null}
        {SECTIONS.map(([key, label]) =>
          resume[key] ? (
            <div key={key} className="resume-text">
              <dt>{label}</dt>
              <dd>{resume[key]}</dd>
            </div>
          ) : null,
        )}
      </dl>
    </section>
  );
}

/** The WeChat id, selectable as one word; a 复制 button where the browser allows the clipboard. */
function WechatId({ id }: { id: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="wechat">
      <span className="wechat-id">{id}</span>{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          void navigator.clipboard?.writeText(id).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? "已复制" : "复制"}
      </button>
    </span>
  );
}
