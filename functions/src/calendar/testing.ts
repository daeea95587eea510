/** A quiz's smallest valid bank, for the calendar tests that need a quiz or contest window on the agenda. */
export const ONE_QUESTION = [
  {
    text: 'Chi bộ sinh hoạt thường kỳ mấy lần một tháng?',
    options: [
      { text: 'Một lần', correct: true },
      { text: 'Hai lần', correct: false },
    ],
  },
]
