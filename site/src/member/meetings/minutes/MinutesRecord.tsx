/** The minutes as read: header, attendance by name, each agenda item with its votes and, once written, its notes. */
import type { MinutesView } from '@sotay/functions/types'

const names = (list: { name: string }[]) => list.map((p) => p.name).join(', ')

function Line({ label, value }: { label: string; value: string }) {
  if (!value) return null
  return (
    <p>
      <strong>{label}:</strong> {value}
    </p>
  )
}

export function MinutesRecord({ minutes, editing }: { minutes: MinutesView; editing: boolean }) {
  const { generated: g } = minutes
  const a = g.attendance
  const notes = new Map(minutes.notes.map((n) => [n.itemKey, n]))
  return (
    <div className="mn-record">
      <p className="mn-org">
        {g.header.superior && <span>{g.header.superior}</span>}
        <strong>{g.header.organisation}</strong>
      </p>
      <h3 className="mn-doc-title">
        BIÊN BẢN
        <span>
          {g.header.kind}: {g.header.title}
        </span>
      </h3>
      <Line label="Thời gian" value={`${g.header.startsAt} – ${g.header.endsAt}`} />
      <Line label="Địa điểm" value={g.header.place} />
      <Line label="Chủ trì" value={g.chair || 'Chưa ghi'} />
      <Line label="Thư ký" value={g.recorder || 'Chưa ghi'} />
      <h4>I. Thành phần dự họp</h4>
      <p>
        Được mời {a.invited}, có mặt {a.onSite.length + a.online.length}/{a.expected} (tại chỗ{' '}
        {a.onSite.length}, trực tuyến {a.online.length}), vắng có lý do {a.absentWithReason.length}, vắng
        không lý do {a.absentWithoutReason.length}, miễn sinh hoạt {a.exempt.length}.
      </p>
      <Line label="Có mặt" value={a.onSite.map((p) => `${p.name} (${p.method})`).join(', ')} />
      <Line label="Dự trực tuyến" value={names(a.online)} />
      <Line
        label="Vắng có lý do"
        value={a.absentWithReason.map((p) => `${p.name} (${p.reason})`).join(', ')}
      />
      <Line label="Vắng không có lý do" value={names(a.absentWithoutReason)} />
      <Line label="Miễn sinh hoạt" value={names(a.exempt)} />
      <h4>II. Nội dung</h4>
      <ol className="mn-items">
        {g.items.map((item) => {
          const note = notes.get(item.key)
          return (
            <li key={item.key}>
              <strong>{item.title}</strong>
              {item.note && <p className="muted">{item.note}</p>}
              {!editing && note?.discussion && <Line label="Ý kiến thảo luận" value={note.discussion} />}
              {!editing && note?.conclusion && <Line label="Kết luận" value={note.conclusion} />}
              {item.votes.map((vote) => (
                <div key={`${vote.question}-${vote.closedAt}`} className="mn-vote">
                  <p>
                    <strong>Biểu quyết ({vote.mode.toLocaleLowerCase('vi')}):</strong> {vote.question}
                  </p>
                  <ul>
                    {vote.results.map((r) => (
                      <li key={r.choice}>
                        {r.choice}: <strong>{r.count}</strong>
                      </li>
                    ))}
                  </ul>
                  <p className="muted">Số người biểu quyết: {vote.votersCount}</p>
                </div>
              ))}
            </li>
          )
        })}
      </ol>
      {g.otherVotes.length > 0 && (
        <>
          <h4>Các biểu quyết khác</h4>
          {g.otherVotes.map((vote) => (
            <p key={`${vote.question}-${vote.closedAt}`}>
              {vote.question}: {vote.results.map((r) => `${r.choice} ${r.count}`).join('; ')}
            </p>
          ))}
        </>
      )}
      {!editing && minutes.summary && (
        <>
          <h4>III. Kết luận</h4>
          <p className="mn-text">{minutes.summary}</p>
        </>
      )}
    </div>
  )
}
